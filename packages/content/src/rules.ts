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

const EMERGENCY_FLAGS: ReadonlySet<string> = new Set(['urination', 'saddle-numbness']);

/**
 * The built-in rules: section 6 of the brochure. Labels are not here: they come from the lazily
 * loaded 'red-flags' topic of each locale, so no locale's text is bundled with the rules.
 */
export const DEFAULT_RULES: RuleSet = Object.freeze({
  id: 'formi-2007-section-6',
  version: '1.0.0',
  date: '2007-01-01',
  source: `${SOURCE_TITLE} (FORMI, 2007), avsnitt 6: «Når bør jeg oppsøke hjelp?»`,
  locales: Object.freeze(['nb', 'nn', 'en'] as const),
  flags: Object.freeze(
    DEFAULT_FLAG_IDS.map((id): RedFlagRule =>
      Object.freeze({ id, tier: EMERGENCY_FLAGS.has(id) ? 'emergency' : 'seek-help', section: 6 }),
    ),
  ),
});
