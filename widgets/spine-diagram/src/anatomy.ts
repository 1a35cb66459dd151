/**
 * The anatomy model of <rygg-spine-diagram>: which views, conditions, regions, vertebrae, disc
 * levels and structures the drawing has, and its explorable parts in keyboard order. No shapes:
 * the element, the plain text and the `highlight` parser need only this, never the drawing maths.
 */
import { CONDITION_IDS, STRUCTURE_IDS, VERTEBRA_COUNTS } from '@ryggrad/content';
import type { ConditionId, SpineRegion, StructureId } from '@ryggrad/content';

export const VIEWS = ['spine', 'segment'] as const;
export type SpineView = (typeof VIEWS)[number];

export const CONDITIONS: readonly ConditionId[] = CONDITION_IDS;

export const REGIONS: readonly SpineRegion[] = ['cervical', 'thoracic', 'lumbar'];

/** The structures the drawing shows (the content also describes the muscles, which it does not draw). */
export type DiagramStructure = Exclude<StructureId, 'muscles'>;

const isDrawnPart = (id: StructureId): id is Exclude<DiagramStructure, SpineRegion> =>
  id !== 'muscles' && !(REGIONS as readonly StructureId[]).includes(id);

/** The regions first, then the content's structures in its order (without the muscles). */
export const DIAGRAM_STRUCTURES: readonly DiagramStructure[] = [...REGIONS, ...STRUCTURE_IDS.filter(isDrawnPart)];

/** The letter of each region in the labels that identify vertebrae (`data-vertebra`, `highlight`). */
export const REGION_LETTERS: Readonly<Record<SpineRegion, string>> = { cervical: 'C', thoracic: 'T', lumbar: 'L' };

export interface VertebraInfo {
  /** `C1` … `C7`, `T1` … `T12`, `L1` … `L5`. */
  readonly label: string;
  readonly region: SpineRegion;
  /** 1-based number within its region. */
  readonly number: number;
}

/** The 24 movable vertebrae from the top down: 7 cervical, 12 thoracic, 5 lumbar. */
export const VERTEBRAE: readonly VertebraInfo[] = REGIONS.flatMap((region) =>
  Array.from({ length: VERTEBRA_COUNTS[region] }, (_, index) => ({
    label: `${REGION_LETTERS[region]}${index + 1}`,
    region,
    number: index + 1,
  })),
);

/** Each vertebra by its label (`L4`). */
export const VERTEBRA_BY_LABEL: ReadonlyMap<string, VertebraInfo> = new Map(
  VERTEBRAE.map((vertebra) => [vertebra.label, vertebra]),
);

/** The label of the bone below the last lumbar vertebra, used in the lowest disc level (`L5-S1`). */
export const SACRUM_LABEL = 'S1';

/** Disc levels from the top down, `C2-C3` … `L5-S1`: there is no disc between C1 and C2. */
export const DISC_LEVELS: readonly string[] = VERTEBRAE.slice(1).map(
  (vertebra, index) => `${vertebra.label}-${VERTEBRAE[index + 2]?.label ?? SACRUM_LABEL}`,
);

/** The vertebrae and disc of the close-up (segment) view, where the brochure's drawing sits. */
export const SEGMENT_VERTEBRAE = ['L4', 'L5'] as const;
export const SEGMENT_LEVEL = 'L4-L5';
/**
 * The size of the close-up's drawing. Its shapes load on demand (segment-view.ts); the element
 * keeps a placeholder of this size meanwhile, so the page does not jump.
 */
export const SEGMENT_SIZE = { width: 344, height: 330 } as const;

/** Where the spine view draws a prolapse unless the host highlights another lumbar disc level. */
export const DEFAULT_PROLAPSE_LEVEL = 'L4-L5';

/**
 * One explorable part of the drawing. `key` is unique within a view; the element renders one
 * focusable button per part, in this order (the keyboard order along the spine).
 */
export interface DiagramPart {
  readonly key: string;
  readonly structure: DiagramStructure;
  /** The vertebra the part belongs to (vertebrae, spinous processes, a nerve root). */
  readonly vertebra?: string;
  /** The disc level the part belongs to (discs, facet joints, nerve-root canals, a prolapse). */
  readonly level?: string;
  /**
   * For the close-up's nerve roots: whether the root leaves at this level (`exiting`, L4 at
   * L4–L5) or runs past the disc to leave one level lower (`traversing`, L5).
   */
  readonly role?: RootRole;
}

export type RootRole = 'exiting' | 'traversing';

// ---------------------------------------------------------------------------------------------
// The explorable parts, in keyboard order

/**
 * The parts of a view in keyboard order, which is also their order in the document (what a
 * screen reader reads) and their painting order (later parts lie on top).
 *
 * Spine view: down the spine, each region before its vertebrae and discs, then the sacrum, the
 * cord (its canal lies between the bones, so painting it late covers nothing but the sacral
 * canal), and with a prolapse its nerve root and the bulge that presses on it.
 * Segment view: the cauda equina (behind everything: the cord itself ends near L1–L2), each
 * vertebra with its spinous process, the disc, the nerve-root canal, the facet joint, the exiting
 * L4 root, a prolapse, and the traversing L5 root on top (the root a prolapse here presses on).
 */
export function diagramParts(
  view: SpineView,
  condition: ConditionId,
  prolapseLevel = DEFAULT_PROLAPSE_LEVEL,
): DiagramPart[] {
  const prolapse = condition === 'prolapse';
  if (view === 'segment') {
    const [upper, lower] = SEGMENT_VERTEBRAE;
    const level = SEGMENT_LEVEL;
    return [
      part('cauda-equina'),
      part('vertebra', { vertebra: upper }),
      part('spinous-process', { vertebra: upper }),
      part('vertebra', { vertebra: lower }),
      part('spinous-process', { vertebra: lower }),
      part('disc', { level }),
      part('nerve-root-canal', { level }),
      part('facet-joint', { level }),
      part('nerve-root', { vertebra: upper, role: 'exiting' }),
      ...(prolapse ? [part('prolapse', { level })] : []),
      part('nerve-root', { vertebra: lower, role: 'traversing' }),
    ];
  }
  const parts: DiagramPart[] = [];
  for (const vertebra of VERTEBRAE) {
    if (vertebra.number === 1) parts.push({ key: `region:${vertebra.region}`, structure: vertebra.region });
    parts.push(part('vertebra', { vertebra: vertebra.label }));
    const level = DISC_LEVELS.find((candidate) => candidate.startsWith(`${vertebra.label}-`));
    if (level) parts.push(part('disc', { level }));
  }
  parts.push(part('sacrum'), part('spinal-cord'));
  if (prolapse && isLumbarLevel(prolapseLevel)) {
    parts.push(part('nerve-root', { level: prolapseLevel }), part('prolapse', { level: prolapseLevel }));
  }
  return parts;
}

/** A part of a structure, keyed by the structure and the vertebra or disc level it belongs to: `disc:L4-L5`. */
function part(
  structure: DiagramStructure,
  of: { vertebra?: string; level?: string; role?: RootRole } = {},
): DiagramPart {
  const owner = of.vertebra ?? of.level;
  return { key: owner ? `${structure}:${owner}` : structure, structure, ...of };
}

/** True for a lumbar disc level (`L1-L2` … `L5-S1`), where the spine view can draw a prolapse. */
export function isLumbarLevel(level: string): boolean {
  return level.startsWith('L') && DISC_LEVELS.includes(level);
}
