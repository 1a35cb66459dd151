import type { FlagTier } from './rules.js';

/** Someone to contact for a triage tier. */
export interface Contact {
  /** Stable id, e.g. 'legevakt', 'emergency', 'gp'. */
  readonly id: string;
  /** Visible name, e.g. "Legevakt". */
  readonly label: string;
  /** Phone number as it should be shown, e.g. "116 117". Digits, spaces, + and - only. */
  readonly number?: string;
  /** One line on when to use it. */
  readonly description?: string;
}

/** Contacts for the tiers that need them. */
export type Contacts = Readonly<Record<FlagTier, readonly Contact[]>>;

/**
 * The `tel:` link for a displayed number, or undefined when it contains no digits (such a number
 * is shown, not linked). Spaces and dashes are removed and a leading + kept:
 * `telLink('116 117')` → 'tel:116117'; `telLink('+47 21 00 00 00')` → 'tel:+4721000000'.
 */
export function telLink(number: string): string | undefined {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return digits ? `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}` : undefined;
}
