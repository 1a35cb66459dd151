import { FLAG_TIERS } from './rules.js';
import type { FlagTier } from './rules.js';
import { describeValue, isNonEmptyString, isRecord, quotedAlternatives } from './errors.js';

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

/** Norwegian numbers named in the project's clinical brief (not in the brochure itself). */
export const NORWEGIAN_NUMBERS = Object.freeze({
  /** Medisinsk nødtelefon — when life is in danger. */
  emergency: '113',
  /** Legevakt — out-of-hours doctor. */
  legevakt: '116 117',
} as const);

/** Thrown by {@link validateContacts}; `path` points at the problem, e.g. `contacts.emergency[0].number`. */
export class ContactsError extends Error {
  readonly path: string;

  constructor(message: string, path: string) {
    super(message);
    this.name = 'ContactsError';
    this.path = path;
  }
}

function fail(path: string, problem: string): never {
  throw new ContactsError(`${path} ${problem}`, path);
}

const NUMBER_PATTERN = /^\+?[0-9][0-9 -]*$/;

function readContact(value: unknown, path: string): Contact {
  if (!isRecord(value)) fail(path, `must be an object`);
  const id = value['id'];
  if (!isNonEmptyString(id)) fail(`${path}.id`, `must be a non-empty string`);
  const label = value['label'];
  if (!isNonEmptyString(label)) fail(`${path}.label`, `must be a non-empty string`);
  const contact: { -readonly [K in keyof Contact]: Contact[K] } = { id: id.trim(), label: label.trim() };
  const number = value['number'];
  if (number !== undefined) {
    if (typeof number !== 'string' || !NUMBER_PATTERN.test(number.trim())) {
      fail(`${path}.number`, `is ${describeValue(number)}; a number may contain only digits, spaces, + and -`);
    }
    contact.number = number.trim();
  }
  const description = value['description'];
  if (description !== undefined) {
    if (!isNonEmptyString(description)) {
      fail(`${path}.description`, `must be a non-empty string when given`);
    }
    contact.description = description.trim();
  }
  return Object.freeze(contact);
}

function validate(input: unknown): Contacts {
  if (!isRecord(input)) fail('contacts', `must be an object`);
  for (const key of Object.keys(input)) {
    if (!(FLAG_TIERS as readonly string[]).includes(key)) {
      fail(`contacts.${key}`, `is not a tier; expected ${quotedAlternatives(FLAG_TIERS)}`);
    }
  }
  const result = {} as Record<FlagTier, readonly Contact[]>;
  for (const tier of FLAG_TIERS) {
    const list = input[tier];
    const path = `contacts.${tier}`;
    if (!Array.isArray(list)) fail(path, `must be an array`);
    if (tier === 'emergency' && list.length === 0) fail(path, 'must list at least one contact');
    const ids = new Set<string>();
    result[tier] = Object.freeze(
      list.map((item: unknown, i: number) => {
        const contact = readContact(item, `${path}[${i}]`);
        if (ids.has(contact.id)) fail(`${path}[${i}].id`, `"${contact.id}" is used twice`);
        ids.add(contact.id);
        return contact;
      }),
    );
  }
  return Object.freeze(result);
}

/**
 * Checks a site's own contacts and returns a frozen, trimmed copy. Both tiers must be present as
 * arrays; 'emergency' must list at least one contact. Throws only {@link ContactsError}.
 */
export function validateContacts(input: unknown): Contacts {
  try {
    return validate(input);
  } catch (error) {
    if (error instanceof ContactsError) throw error;
    const reason = error instanceof Error ? error.message : describeValue(error);
    throw new ContactsError(`contacts could not be read: ${reason}`, 'contacts');
  }
}

/**
 * A `tel:` link for a displayed number: spaces and dashes removed, a leading + kept.
 * `telHref('116 117')` → 'tel:116117'; `telHref('+47 21 00 00 00')` → 'tel:+4721000000'.
 * Throws a {@link ContactsError} when the number contains no digits.
 */
export function telHref(number: string): string {
  const trimmed = String(number).trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length === 0) throw new ContactsError(`number ${describeValue(number)} has no digits`, 'number');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
