/**
 * The `highlight` attribute of <rygg-spine-diagram>, parsed: space-separated structure ids
 * (`prolapse`, `disc`, `lumbar` …), vertebra labels (`L4`, `c7`, also `Th12`) and disc levels
 * (`L4-L5`, `l5–s1`). Pure, so the element and the tests share it.
 */
import {
  DIAGRAM_STRUCTURES,
  DISC_LEVELS,
  VERTEBRA_BY_LABEL,
  isLumbarLevel,
  type DiagramPart,
  type DiagramStructure,
} from './anatomy.js';

export interface Highlight {
  readonly structures: ReadonlySet<DiagramStructure>;
  /** Canonical vertebra labels: `C1` … `L5`. */
  readonly vertebrae: ReadonlySet<string>;
  /** Canonical disc levels: `C2-C3` … `L5-S1`. */
  readonly levels: ReadonlySet<string>;
  /** Tokens that name nothing in the drawing, as written, each once. */
  readonly unknown: readonly string[];
}

// Norwegian clinicians often write the thoracic vertebrae "Th": Th12 is T12.
const VERTEBRA_TOKEN = /^(c|th|t|l|s)(\d{1,2})$/;

function canonicalVertebra(token: string): string | undefined {
  const match = VERTEBRA_TOKEN.exec(token);
  if (!match) return undefined;
  const letter = match[1] === 'th' ? 'T' : (match[1] ?? '').toUpperCase();
  return `${letter}${Number(match[2])}`;
}

/** Reads the attribute value. Never throws; anything it does not recognise goes to `unknown`. */
export function parseHighlight(value: string | null | undefined): Highlight {
  const structures = new Set<DiagramStructure>();
  const vertebrae = new Set<string>();
  const levels = new Set<string>();
  const unknown: string[] = [];
  for (const token of (value ?? '').split(/[\s,]+/)) {
    if (token === '') continue;
    const lower = token.toLowerCase();
    if ((DIAGRAM_STRUCTURES as readonly string[]).includes(lower)) {
      structures.add(lower as DiagramStructure);
      continue;
    }
    const vertebra = canonicalVertebra(lower);
    if (vertebra && VERTEBRA_BY_LABEL.has(vertebra)) {
      vertebrae.add(vertebra);
      continue;
    }
    const [upper, lowerEnd, ...rest] = lower.split(/[-–—]/);
    const level =
      rest.length === 0 && upper && lowerEnd ? `${canonicalVertebra(upper)}-${canonicalVertebra(lowerEnd)}` : '';
    if (DISC_LEVELS.includes(level)) {
      levels.add(level);
      continue;
    }
    if (!unknown.includes(token)) unknown.push(token);
  }
  return { structures, vertebrae, levels, unknown };
}

/**
 * Whether a part stands out: its structure is named, or its vertebra (for the vertebra itself
 * and its spinous process), or its disc level (for the disc).
 */
export function isHighlighted(highlight: Highlight, part: DiagramPart): boolean {
  if (highlight.structures.has(part.structure)) return true;
  if (part.vertebra && (part.structure === 'vertebra' || part.structure === 'spinous-process')) {
    return highlight.vertebrae.has(part.vertebra);
  }
  if (part.level && part.structure === 'disc') return highlight.levels.has(part.level);
  return false;
}

/**
 * The disc level where the spine view draws a prolapse: the first lumbar level the host
 * highlighted (`highlight="L5-S1 prolapse"`), else the given default.
 */
export function prolapseLevel(highlight: Highlight, fallback: string): string {
  for (const level of highlight.levels) if (isLumbarLevel(level)) return level;
  return fallback;
}
