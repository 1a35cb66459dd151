// Checking a host's own rule set. Kept apart from rules.ts so a page loads this code only when
// a site actually passes a rule set (the checklist imports it on demand).
import { LOCALES, isLocale } from './locale.js';
import type { Locale } from './locale.js';
import { SECTION_NUMBERS, isSectionNumber } from './source.js';
import { describeValue, isNonEmptyString, isRecord, quotedAlternatives, readInput } from './errors.js';
import { InputError } from './input-error.js';
import { DEFAULT_RULES, FLAG_TIERS } from './rules.js';
import type { FlagTier, RedFlagRule, Route, RuleSet } from './rules.js';

/** Thrown by {@link validateRuleSet}. `path` points at the offending part, e.g. `rules.flags[2].tier`. */
export class RuleSetError extends InputError {
  override readonly name = 'RuleSetError';
}

function fail(path: string, problem: string): never {
  throw new RuleSetError(`${path} ${problem}`, path);
}

function requireString(value: unknown, path: string): string {
  if (!isNonEmptyString(value)) fail(path, 'must be a non-empty string');
  return value.trim();
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readWording(
  value: unknown,
  path: string,
  locales: readonly Locale[],
  required: boolean,
): Readonly<Partial<Record<Locale, string>>> | undefined {
  if (value === undefined) {
    if (required && locales.length > 0) {
      fail(`${path}.${locales[0]}`, `is missing; the rule set lists "${locales[0]}" in its locales`);
    }
    return undefined;
  }
  if (!isRecord(value)) fail(path, 'must be an object of texts per locale');
  const wording: Partial<Record<Locale, string>> = {};
  for (const key of Object.keys(value)) {
    if (!isLocale(key)) fail(`${path}.${key}`, `is not a supported locale; supported: ${LOCALES.join(', ')}`);
  }
  for (const locale of LOCALES) {
    const text = value[locale];
    if (text === undefined) {
      if (required && locales.includes(locale)) {
        fail(`${path}.${locale}`, `is missing; the rule set lists "${locale}" in its locales`);
      }
      continue;
    }
    wording[locale] = requireString(text, `${path}.${locale}`);
  }
  return Object.freeze(wording);
}

function sameAsDefault(
  flags: readonly RedFlagRule[],
  routes: readonly Route[] | undefined,
  id: string,
  version: string,
): boolean {
  if (id !== DEFAULT_RULES.id || version !== DEFAULT_RULES.version) return false;
  if (flags.length !== DEFAULT_RULES.flags.length) return false;
  const builtInRoutes = DEFAULT_RULES.routes ?? [];
  if (routes?.length !== builtInRoutes.length) return false;
  const sameRoutes = routes.every((route, i) => {
    const builtIn = builtInRoutes[i];
    return route.id === builtIn?.id && route.tier === builtIn.tier;
  });
  return (
    sameRoutes &&
    flags.every((flag, i) => {
      const builtIn = DEFAULT_RULES.flags[i];
      return flag.id === builtIn?.id && flag.tier === builtIn.tier && flag.route === builtIn.route;
    })
  );
}

function readTier(value: unknown, path: string): FlagTier {
  if (value !== 'emergency' && value !== 'seek-help') {
    fail(path, `is ${describeValue(value)}; expected ${quotedAlternatives(FLAG_TIERS)}`);
  }
  return value;
}

/** First pass over `routes`: ids, tiers and contact ids (wording is read once we know whether the set is built in). */
function readRoutes(value: unknown): { route: Route; raw: Record<string, unknown>; path: string }[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail('rules.routes', 'must be an array when given');
  if (value.length === 0) fail('rules.routes', 'must contain at least one route when given');
  const seen = new Set<string>();
  return value.map((item: unknown, i: number) => {
    const path = `rules.routes[${i}]`;
    if (!isRecord(item)) fail(path, 'must be an object');
    const routeId = requireString(item.id, `${path}.id`);
    if (seen.has(routeId)) fail(`${path}.id`, `"${routeId}" is used twice`);
    seen.add(routeId);
    const route: { -readonly [K in keyof Route]: Route[K] } = {
      id: routeId,
      tier: readTier(item.tier, `${path}.tier`),
    };
    if (item.contacts !== undefined) {
      if (!Array.isArray(item.contacts)) fail(`${path}.contacts`, 'must be an array of contact ids when given');
      route.contacts = Object.freeze(
        item.contacts.map((contact: unknown, j: number) => requireString(contact, `${path}.contacts[${j}]`)),
      );
    }
    return { route, raw: item, path };
  });
}

function validate(input: unknown): RuleSet {
  if (input === DEFAULT_RULES) return DEFAULT_RULES;
  if (!isRecord(input)) fail('rules', 'must be an object');

  const id = requireString(input.id, 'rules.id');
  const version = requireString(input.version, 'rules.version');
  const dateValue = input.date;
  if (typeof dateValue !== 'string' || !isCalendarDate(dateValue.trim())) {
    fail('rules.date', `must be a date written YYYY-MM-DD (it is ${describeValue(dateValue)})`);
  }
  const date = dateValue.trim();
  const source = requireString(input.source, 'rules.source');

  const localesValue = input.locales;
  if (!Array.isArray(localesValue)) fail('rules.locales', 'must be an array');
  if (localesValue.length === 0) fail('rules.locales', 'must list at least one locale');
  const locales: Locale[] = [];
  localesValue.forEach((locale: unknown) => {
    if (!isLocale(locale)) {
      fail('rules.locales', `contains ${describeValue(locale)}; supported: ${LOCALES.join(', ')}`);
    }
    if (locales.includes(locale)) fail('rules.locales', `lists "${locale}" twice`);
    locales.push(locale);
  });

  const flagsValue = input.flags;
  if (!Array.isArray(flagsValue)) fail('rules.flags', 'must be an array');
  if (flagsValue.length === 0) fail('rules.flags', 'must contain at least one flag');

  const routes = readRoutes(input.routes);

  // First pass: structure, ids and tiers (labels are checked once we know whether this is the built-in set).
  const seen = new Map<string, number>();
  const raw = flagsValue.map((flag: unknown, i: number) => {
    const path = `rules.flags[${i}]`;
    if (!isRecord(flag)) fail(path, 'must be an object');
    const flagId = requireString(flag.id, `${path}.id`);
    const first = seen.get(flagId);
    if (first !== undefined) fail(`${path}.id`, `"${flagId}" is used twice`);
    seen.set(flagId, i);
    const tier = readTier(flag.tier, `${path}.tier`);
    const section = flag.section;
    if (section !== undefined && !isSectionNumber(section)) {
      fail(`${path}.section`, `is ${describeValue(section)}; expected one of ${SECTION_NUMBERS.join(', ')}`);
    }
    const route = readRoute(flag.route, `${path}.route`, tier, routes);
    return { flag, path, id: flagId, tier, section, route };
  });

  const isDefault = sameAsDefault(
    raw,
    routes?.map((entry) => entry.route),
    id,
    version,
  );
  const flags = raw.map(({ flag, path, id: flagId, tier, section, route }): RedFlagRule => {
    const label = readWording(flag.label, `${path}.label`, locales, !isDefault);
    const clinician = readWording(flag.clinician, `${path}.clinician`, locales, false);
    const rule: { -readonly [K in keyof RedFlagRule]: RedFlagRule[K] } = { id: flagId, tier };
    if (section !== undefined) rule.section = section;
    if (label !== undefined) rule.label = label;
    if (clinician !== undefined) rule.clinician = clinician;
    if (route !== undefined) rule.route = route;
    return Object.freeze(rule);
  });
  const routeList = routes?.map(({ route, raw: item, path }): Route => {
    const heading = readWording(item.heading, `${path}.heading`, locales, !isDefault);
    const action = readWording(item.action, `${path}.action`, locales, !isDefault);
    return Object.freeze({
      ...route,
      ...(heading !== undefined ? { heading } : {}),
      ...(action !== undefined ? { action } : {}),
    });
  });

  return Object.freeze({
    id,
    version,
    date,
    source,
    locales: Object.freeze(locales),
    flags: Object.freeze(flags),
    ...(routeList ? { routes: Object.freeze(routeList) } : {}),
  });
}

/** A flag's route: required and known when the set has routes, absent otherwise; same tier as the flag. */
function readRoute(
  value: unknown,
  path: string,
  tier: FlagTier,
  routes: readonly { route: Route }[] | undefined,
): string | undefined {
  if (routes === undefined) {
    if (value !== undefined) fail(path, 'names a route, but the rule set has no routes');
    return undefined;
  }
  const routeId = requireString(value, path);
  const route = routes.find((entry) => entry.route.id === routeId)?.route;
  if (!route)
    fail(path, `is "${routeId}"; expected one of ${quotedAlternatives(routes.map((entry) => entry.route.id))}`);
  if (route.tier !== tier) fail(path, `leads to the ${route.tier} route "${routeId}", but the flag is ${tier}`);
  return routeId;
}

/**
 * Checks a rule set (for example parsed from a site's JSON) and returns a frozen, normalised copy
 * (strings trimmed, unknown properties dropped). Throws only {@link RuleSetError}, whose message
 * names the problem and its path, whatever `input` is.
 *
 * A custom set must have a non-empty `label` for every locale in its `locales`, and so must the
 * `heading` and `action` of each of its routes (optional; when given, every flag names one). The built-in set
 * (or an unchanged copy of it: same id, version, flag ids and tiers) needs none: its wording
 * comes from the 'red-flags' topic.
 */
export function validateRuleSet(input: unknown): RuleSet {
  return readInput('rules', RuleSetError, () => validate(input));
}
