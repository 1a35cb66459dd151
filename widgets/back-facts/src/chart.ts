// Geometry of the two small drawings, as pure functions: the numbers are few and fixed, so a
// hand-drawn SVG is smaller and easier to make accessible than any charting library.

/** A stretch drawn on a track: `x` and `width` in the drawing's units. */
export interface Span {
  readonly x: number;
  readonly width: number;
}

/** One share drawn on a track of 0–100 %: the sure part solid, the uncertain part as a band. */
export interface ShareBar {
  /** 0 to the lower bound: at least this many. */
  readonly solid: Span;
  /** Lower to upper bound: the range the brochure gives; width 0 for an exact figure. */
  readonly band: Span;
}

/** Width of a share track in the drawing's units: one unit a percent. */
export const SHARE_TRACK = 100;

/**
 * The bar for a share given as a range (85–90 %): solid up to the lower bound and a band to the
 * upper, so the drawing claims no more precision than the brochure. Bounds are clamped to 0–100
 * and put in order.
 */
export function shareBar(min: number, max: number): ShareBar {
  const clamp = (value: number): number => Math.min(SHARE_TRACK, Math.max(0, Number.isFinite(value) ? value : 0));
  const low = Math.min(clamp(min), clamp(max));
  const high = Math.max(clamp(min), clamp(max));
  return { solid: { x: 0, width: low }, band: { x: low, width: high - low } };
}

/** The course rows of section 8: what each draws, over three stretches of time. */
export type CourseRowId = 'acute' | 'nerve-root' | 'relapse';

/** Where a row lies on the time line, in stretches: 0 = the first weeks, 1 = months, 2 = 1–2 years. */
export interface CourseRow {
  readonly id: CourseRowId;
  /** First and last stretch covered (inclusive). */
  readonly from: 0 | 1 | 2;
  readonly to: 0 | 1 | 2;
  /** `bar`: what happens to most; `band`: what may happen at some time in the stretch. */
  readonly kind: 'bar' | 'band';
}

/**
 * Section 8 as data: nearly all acute pain is well or much better within a few weeks; nerve-root
 * pain often takes several months; some have the pain back within 1–2 years (a band: it may come
 * at any time in that stretch, and only to some).
 */
export const COURSE: readonly CourseRow[] = [
  { id: 'acute', from: 0, to: 0, kind: 'bar' },
  { id: 'nerve-root', from: 0, to: 1, kind: 'bar' },
  { id: 'relapse', from: 1, to: 2, kind: 'band' },
];

/** Width of one stretch of the time line in the drawing's units. */
export const STRETCH = 100;

/** The span a course row covers on a time line of three equal stretches (0–300). */
export function courseSpan(row: CourseRow): Span {
  return { x: row.from * STRETCH, width: (row.to - row.from + 1) * STRETCH };
}
