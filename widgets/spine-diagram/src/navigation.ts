/**
 * Keyboard navigation of <rygg-spine-diagram>'s parts (a vertical toolbar with a roving tab
 * stop): which part a key moves to. Pure, so the element and the tests share it.
 *
 * - Arrow Down/Right and Up/Left: the next and previous part, stopping at the ends.
 * - Home/End: the first and last part.
 * - Page Down/Up: the next and previous region (neck, upper back, lower back) in the spine view.
 * - Type-ahead: typed characters move to the next part whose short label starts with them, so
 *   "L4" reaches vertebra L4 and "L4-" its disc below.
 */
import type { DiagramPart } from './anatomy.js';

/** The index a navigation key moves to from `index`, or undefined when the key is not one of them. */
export function keyTarget(parts: readonly DiagramPart[], index: number, key: string): number | undefined {
  const last = parts.length - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown': {
      const next = parts.findIndex((part, at) => at > index && part.key.startsWith('region:'));
      return next < 0 ? index : next;
    }
    case 'PageUp': {
      const regions = parts.flatMap((part, at) => (at < index && part.key.startsWith('region:') ? [at] : []));
      return regions.at(-1) ?? 0;
    }
    default:
      return undefined;
  }
}

/** A label as type-ahead compares it: lower case, dashes as hyphens, no spaces. */
export const typeAheadForm = (label: string): string => label.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, '');

/**
 * The index of the part whose label starts with `typed`, searching round from `index`: from the
 * next part for a single character (so pressing "L" again moves on), from the current part when
 * the reader is typing more of a label. Undefined when nothing matches.
 */
export function typeAheadTarget(labels: readonly string[], index: number, typed: string): number | undefined {
  const wanted = typeAheadForm(typed);
  const start = wanted.length === 1 ? index + 1 : index;
  for (let step = 0; step < labels.length; step++) {
    const at = (start + step) % labels.length;
    if (typeAheadForm(labels[at] ?? '').startsWith(wanted)) return at;
  }
  return undefined;
}
