import type { Locale } from './locale.js';
import { SOURCE_TITLE, type SectionNumber } from './source.js';

/** How urgently someone should act. Most urgent first. */
export type Tier = 'emergency' | 'seek-help' | 'self-care';

/** Every tier, most urgent first. */
export const TIERS: readonly Tier[] = Object.freeze(['emergency', 'seek-help', 'self-care'] as const);

/** The tiers a red flag can raise (self-care is what is left when no flag is ticked). */
export type FlagTier = Exclude<Tier, 'self-care'>;

/** The tiers a red flag can raise, most urgent first. */
export const FLAG_TIERS: readonly FlagTier[] = Object.freeze(['emergency', 'seek-help'] as const);

/** One warning sign in a rule set. */
export interface RedFlagRule {
  /** Stable id; the checkbox value and the key into the 'red-flags' topic's `flags`. */
  readonly id: string;
  readonly tier: FlagTier;
  /** The brochure section the flag comes from (custom sets from other guidance may leave it out). */
  readonly section?: SectionNumber;
  /** Patient wording per locale. Required for every listed locale in a custom set. */
  readonly label?: Readonly<Partial<Record<Locale, string>>>;
  /** Professional wording per locale (optional). */
  readonly clinician?: Readonly<Partial<Record<Locale, string>>>;
  /** The id of the {@link Route} this sign leads to; sets without routes leave it out. */
  readonly route?: string;
}

/**
 * Whom to contact, and how soon, after a sign. A rule set lists its routes most urgent first;
 * the result card shows the first route any ticked sign leads to.
 */
export interface Route {
  readonly id: string;
  /** The tier the route belongs to (its signs must raise this tier). */
  readonly tier: FlagTier;
  /** The ids of the tier's contacts to show (all of them when none of these is found). */
  readonly contacts?: readonly string[];
  /** Result heading per locale. Required for every listed locale in a custom set. */
  readonly heading?: Readonly<Partial<Record<Locale, string>>>;
  /** The concrete step per locale. Required for every listed locale in a custom set. */
  readonly action?: Readonly<Partial<Record<Locale, string>>>;
}

/** A versioned list of red flags. */
export interface RuleSet {
  readonly id: string;
  readonly version: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** Human-readable source of the rules (guideline, brochure, local protocol). */
  readonly source: string;
  /** The locales the set has wording for. */
  readonly locales: readonly Locale[];
  /** In display order; triage results keep this order. */
  readonly flags: readonly RedFlagRule[];
  /** Most urgent first. When present, every flag names one of them. */
  readonly routes?: readonly Route[];
}

/** The flag ids of the built-in rule set, in order. */
export const DEFAULT_FLAG_IDS = Object.freeze([
  'urination',
  'saddle-numbness',
  'unsure',
  'uncontrolled-pain',
  'weakness',
  'weight-loss',
  'fever',
  'feeling-ill',
  'accident',
] as const);

/** A flag id of the built-in rule set. */
export type DefaultFlagId = (typeof DEFAULT_FLAG_IDS)[number];

/** The routes of the built-in rule set, most urgent first. */
export const DEFAULT_ROUTE_IDS = Object.freeze([
  'emergency',
  'doctor-today',
  'doctor-soon',
  'doctor',
  'health-professional',
] as const);

/** A route id of the built-in rule set. */
export type DefaultRouteId = (typeof DEFAULT_ROUTE_IDS)[number];

/**
 * Where each built-in sign leads. Section 6 names no profession for its seek-help signs; signs
 * of infection, cancer or fracture need a doctor (blood tests, imaging), fever and accidents the
 * same day, as the Norwegian guideline and NICE NG59 advise. The docs' Clinical content page says so.
 */
const FLAG_ROUTES: Readonly<Record<DefaultFlagId, DefaultRouteId>> = Object.freeze({
  urination: 'emergency',
  'saddle-numbness': 'emergency',
  unsure: 'health-professional',
  'uncontrolled-pain': 'health-professional',
  weakness: 'doctor-soon',
  'weight-loss': 'doctor',
  fever: 'doctor-today',
  'feeling-ill': 'doctor',
  accident: 'doctor-today',
});

/** The contacts each built-in route shows: doctors only, except where any authorised professional fits. */
const ROUTE_CONTACTS: Readonly<Record<DefaultRouteId, readonly string[]>> = Object.freeze({
  emergency: ['legevakt', 'emergency'],
  'doctor-today': ['gp', 'legevakt'],
  'doctor-soon': ['gp', 'legevakt'],
  doctor: ['gp', 'legevakt'],
  'health-professional': ['gp', 'health-personnel'],
});

/**
 * The built-in rules: section 6 of the brochure. Labels are not here: they come from the lazily
 * loaded 'red-flags' topic of each locale, so no locale's text is bundled with the rules.
 */
export const DEFAULT_RULES: RuleSet = Object.freeze({
  id: 'formi-2007-section-6',
  version: '2.0.0',
  date: '2007-01-01',
  source: `${SOURCE_TITLE} (FORMI, 2007), avsnitt 6: «Når bør jeg oppsøke hjelp?»`,
  locales: Object.freeze(['nb', 'nn', 'en'] as const),
  flags: Object.freeze(
    DEFAULT_FLAG_IDS.map((id): RedFlagRule =>
      Object.freeze({ id, tier: routeTier(FLAG_ROUTES[id]), section: 6, route: FLAG_ROUTES[id] }),
    ),
  ),
  routes: Object.freeze(
    DEFAULT_ROUTE_IDS.map((id): Route =>
      Object.freeze({ id, tier: routeTier(id), contacts: Object.freeze([...ROUTE_CONTACTS[id]]) }),
    ),
  ),
});

function routeTier(route: DefaultRouteId): FlagTier {
  return route === 'emergency' ? 'emergency' : 'seek-help';
}
