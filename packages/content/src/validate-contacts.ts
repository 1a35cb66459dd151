// Checking a host's own contacts. Kept apart from contacts.ts so a page loads this code only
// when a site actually replaces the contacts (the checklist imports it on demand).
import { FLAG_TIERS } from './rules.js';
import type { FlagTier } from './rules.js';
import type { Contact, Contacts } from './contacts.js';
import { describeValue, isNonEmptyString, isRecord, quotedAlternatives, readInput } from './errors.js';
import { InputError } from './input-error.js';

/** Thrown by {@link validateContacts}; `path` points at the problem, e.g. `contacts.emergency[0].number`. */
export class ContactsError extends InputError {
  override readonly name = 'ContactsError';
}

function fail(path: string, problem: string): never {
  throw new ContactsError(`${path} ${problem}`, path);
}

const NUMBER_PATTERN = /^\+?[0-9][0-9 -]*$/;

function readContact(value: unknown, path: string): Contact {
  if (!isRecord(value)) fail(path, `must be an object`);
  const id = value.id;
  if (!isNonEmptyString(id)) fail(`${path}.id`, `must be a non-empty string`);
  const label = value.label;
  if (!isNonEmptyString(label)) fail(`${path}.label`, `must be a non-empty string`);
  const contact: { -readonly [K in keyof Contact]: Contact[K] } = { id: id.trim(), label: label.trim() };
  const number = value.number;
  if (number !== undefined) {
    if (typeof number !== 'string' || !NUMBER_PATTERN.test(number.trim())) {
      fail(`${path}.number`, `is ${describeValue(number)}; a number may contain only digits, spaces, + and -`);
    }
    contact.number = number.trim();
  }
  const description = value.description;
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
  return readInput('contacts', ContactsError, () => validate(input));
}
