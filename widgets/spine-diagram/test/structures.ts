/** The structures the diagram's tests expect, written out here once rather than read from the sources. */
import type { DiagramStructure } from '../src/anatomy.js';

/** The spine's three regions, each labelled with its count of vertebrae. */
export const REGIONS = ['cervical', 'thoracic', 'lumbar'] as const;

const BONE = ['vertebra', 'spinous-process', 'facet-joint'] as const;
const DISC = ['disc', 'prolapse'] as const;
// The brochure's drawing labels the canal's contents "ryggmarg"; at L4–L5 they are the cauda equina.
const NERVES = ['cauda-equina', 'nerve-root', 'nerve-root-canal'] as const;

/** The eight structures of the brochure's drawing of one segment: bone and its joints, the disc, the nerves. */
export const SEGMENT_STRUCTURES: readonly DiagramStructure[] = [...BONE, ...DISC, ...NERVES];
