/**
 * The one source of every clinical fact in this package: the Norwegian patient brochure
 * "Verdt å vite om vond rygg" (FORMI, 2007). Its title — without the subtitle the cover prints
 * under it — is written here only; everything that cites it (source lines, the default rule set)
 * reads `SOURCE_TITLE`, and check-own-words checks it against the brochure.
 */
export const SOURCE_TITLE = 'Verdt å vite om vond rygg';

/**
 * The brochure's section numbers. Its printed numbering skips 4: section 4 is the drawing page
 * between 3 and 5 (the disc and the prolapse), whose number and heading are missing.
 */
export const SECTION_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

/** A section of the brochure that a content item cites. */
export type SectionNumber = (typeof SECTION_NUMBERS)[number];

/** True when `value` is one of {@link SECTION_NUMBERS}. */
export function isSectionNumber(value: unknown): value is SectionNumber {
  return typeof value === 'number' && (SECTION_NUMBERS as readonly number[]).includes(value);
}
