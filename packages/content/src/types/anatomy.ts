import type { SectionNumber } from '../source.js';
import type { CommonStrings, SourcedText } from './common.js';

/** The parts of the spine diagram, in a stable order. */
export const STRUCTURE_IDS = Object.freeze([
  'vertebra',
  'disc',
  'spinal-cord',
  'cauda-equina',
  'spinous-process',
  'facet-joint',
  'nerve-root',
  'nerve-root-canal',
  'prolapse',
  'cervical',
  'thoracic',
  'lumbar',
  'sacrum',
  'muscles',
] as const);

export type StructureId = (typeof STRUCTURE_IDS)[number];

/** The three regions that have counted vertebrae. */
export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar';

/** The number of vertebrae in each region (section 2). */
export const VERTEBRA_COUNTS: Readonly<Record<SpineRegion, number>> = Object.freeze({
  cervical: 7,
  thoracic: 12,
  lumbar: 5,
});

/** What the diagram can show, in a stable order. */
export const CONDITION_IDS = Object.freeze(['none', 'prolapse', 'stenosis', 'degeneration', 'osteoporosis'] as const);

export type ConditionId = (typeof CONDITION_IDS)[number];

export interface Structure {
  /** Short accessible name, e.g. "Ryggvirvel", "Nakken (7 virvler)". */
  readonly name: string;
  /** One or two plain sentences. */
  readonly explanation: string;
  readonly section: SectionNumber;
  /** Number of vertebrae, for the regions (cervical 7, thoracic 12, lumbar 5). */
  readonly count?: number;
}

export interface Condition {
  readonly name: string;
  /** A few short sentences, in reading order. */
  readonly explanation: readonly string[];
  readonly section: SectionNumber;
}

export interface AnatomyUi {
  readonly title: string;
  /** Accessible name of the drawing. */
  readonly diagramLabel: string;
  readonly views: { readonly spine: string; readonly segment: string };
  /** Label of the view switch. */
  readonly viewLabel: string;
  /** Label of the condition picker. */
  readonly conditionLabel: string;
  /** "7 nakkevirvler", "12 brystvirvler", "5 korsryggvirvler" */
  readonly regionCount: Readonly<Record<SpineRegion, string>>;
  /** Letters before a vertebra's number: C, T, L. */
  readonly vertebraPrefix: Readonly<Record<SpineRegion, string>>;
  /** "Virvel", so a widget can write "Virvel L4". */
  readonly vertebraLabel: string;
  /** Label of the sacrum in the drawing. */
  readonly sacrum: string;
  /** "uthevet" — appended to the accessible name of the highlighted part. */
  readonly highlighted: string;
  readonly regionsHeading: string;
  readonly structuresHeading: string;
  readonly musclesHeading: string;
  readonly conditionsHeading: string;
  readonly textAlternativeHeading: string;
  readonly showTextAlternative: string;
  readonly hideTextAlternative: string;
  readonly selectedHeading: string;
  /** "Velg en del av tegningen for å lese om den" */
  readonly selectPrompt: string;
  /** "Tegningen viser" — before the name of the condition the drawing shows. */
  readonly shownCondition: string;
  /** "Uthevet på tegningen" — before the list of highlighted parts. */
  readonly highlightedParts: string;
  /** Buttons that step the selection to the part before or after the selected one. */
  readonly previousPart: string;
  readonly nextPart: string;
  /**
   * What each nerve root of the close-up does at the L4–L5 level: the L4 root leaves through the
   * nerve-root canal above the disc; the L5 root runs past the back of the disc and leaves one
   * level lower, so a prolapse at L4–L5 usually presses on it.
   */
  readonly rootRoles: { readonly exiting: string; readonly traversing: string };
  /** How to move between the parts of the drawing with a keyboard. */
  readonly keyboardHint: string;
}

export interface AnatomyContent {
  readonly common: CommonStrings;
  readonly ui: AnatomyUi;
  /** Section 2: the back is strong; what it does; how many vertebrae. */
  readonly intro: readonly SourcedText[];
  readonly structures: Readonly<Record<StructureId, Structure>>;
  /** Section 2: the muscle layers. */
  readonly muscles: readonly SourcedText[];
  readonly conditions: Readonly<Record<ConditionId, Condition>>;
}
