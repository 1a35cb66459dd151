import type { Locale } from '@ryggrad/content';
import { INTL_LOCALES } from '@ryggrad/core';

/**
 * What the patient has written in the conversation checklist. Kept in memory only: never in
 * web storage, cookies or IndexedDB, and the fields ask the browser not to remember them.
 */
export interface ChecklistEntries {
  readonly tasksThatWork: string;
  readonly tasksToAdjust: string;
  /** The graded sick-leave percentage, 0–100; null when empty or not a valid value. */
  readonly gradedPercentage: number | null;
  /** The follow-up date as `YYYY-MM-DD`; '' when not set. */
  readonly followUpDate: string;
  readonly notes: string;
}

/** The text fields of the checklist, in the order they are shown. */
export const TEXT_FIELDS = ['tasksThatWork', 'tasksToAdjust', 'notes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const EMPTY_ENTRIES: ChecklistEntries = Object.freeze({
  tasksThatWork: '',
  tasksToAdjust: '',
  gradedPercentage: null,
  followUpDate: '',
  notes: '',
});

/** The bounds and step of the percentage field (graded sick leave is set in whole percent; steps of 5 for the arrow keys). */
export const PERCENTAGE = Object.freeze({ min: 0, max: 100, step: 5 });

/**
 * Reads what is typed in the percentage field. Empty is fine (not on sick leave); otherwise the
 * value must be a whole number from 0 to 100. `badInput` is the browser's own verdict on text
 * that is not a number at all (its `value` is then '').
 */
export function checkPercentage(raw: string, badInput = false): { value: number | null; valid: boolean } {
  if (badInput) return { value: null, valid: false };
  const text = raw.trim();
  if (text === '') return { value: null, valid: true };
  const parsed = Number(text);
  const valid = Number.isInteger(parsed) && parsed >= PERCENTAGE.min && parsed <= PERCENTAGE.max;
  return valid ? { value: parsed, valid } : { value: null, valid };
}

/** True when the patient has written anything that would be printed or copied. */
export function hasEntries(entries: ChecklistEntries): boolean {
  return (
    TEXT_FIELDS.some((field) => entries[field].trim() !== '') ||
    entries.gradedPercentage !== null ||
    entries.followUpDate !== ''
  );
}

/** "50 %" in Norwegian, "50%" in English. */
export function formatPercentage(value: number, locale: Locale): string {
  return new Intl.NumberFormat([...INTL_LOCALES[locale]], { style: 'percent', maximumFractionDigits: 0 }).format(
    value / 100,
  );
}

/**
 * A `YYYY-MM-DD` date from a date field as a local calendar date (noon, so no time zone can move
 * it to another day); undefined when it is not a real date.
 */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}
