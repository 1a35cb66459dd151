import type { Contacts } from '../contacts.js';
import type { DefaultFlagId, DefaultRouteId, Tier } from '../rules.js';
import type { CommonStrings } from './common.js';

/** Wording of one red flag of the built-in rule set. */
export interface RedFlagText {
  /** A plain question in the "du"/"you" voice. */
  readonly label: string;
  readonly section: 6;
}

/** Wording of one triage result level. */
export interface TierText {
  /** Names the level and the action, e.g. "Kontakt lege nå". */
  readonly heading: string;
  /** Visually hidden level announcement ("Immediate action required"). */
  readonly levelText: string;
  /** Concrete: who to call. */
  readonly action: string;
}

/**
 * The built-in routes with wording of their own. The other two say what their tier says in
 * general: 'emergency' reads the emergency tier's wording, 'health-professional' the seek-help tier's.
 */
export type WordedRouteId = Exclude<DefaultRouteId, 'emergency' | 'health-professional'>;

/**
 * The checklist's professional wording, for the clinician audience. It is a module of its own
 * per locale (`loadRedFlagsClinician`), so pages written for patients never download it.
 */
export interface RedFlagClinicianWording {
  /** Checklist legend (the patient `legend` is an instruction to the reader). */
  readonly legend: string;
  /** The "none of these apply" answer. */
  readonly noneOfThese: string;
  /** Plain-text summary: title line, e.g. for a journal note. */
  readonly plainTextTitle: string;
  /** The professional term for each flag. */
  readonly flags: Readonly<Record<DefaultFlagId, string>>;
  /** Heading and action of each result level. */
  readonly tiers: Readonly<Record<Tier, { readonly heading: string; readonly action: string }>>;
  /** Heading and action of each built-in seek-help route. */
  readonly routes: Readonly<Record<WordedRouteId, { readonly heading: string; readonly action: string }>>;
}

export interface RedFlagUi {
  readonly title: string;
  readonly reset: string;
  readonly resultHeading: string;
  readonly answerYes: string;
  readonly answerNo: string;
  /** Shown before contacts' numbers: "Ring", "Call". */
  readonly call: string;
  readonly contactsHeading: string;
  /** Plain-text summary: title line. */
  readonly plainTextTitle: string;
  /** Plain-text summary: "Dato" before the date. */
  readonly plainTextDate: string;
  /** Plain-text summary: when nothing is ticked. */
  readonly plainTextNone: string;
  /** Plain-text summary: when no question has been answered yet. */
  readonly plainTextNotAnswered: string;
  /** Plain-text summary: heading of the advice. */
  readonly plainTextAdvice: string;
  /** Plain-text summary: "Regelsett" before the rule set id and version. */
  readonly plainTextRules: string;
  /** Nothing is stored or sent. */
  readonly privacyNote: string;
  /** Stands where the result will appear, before any answer. */
  readonly resultPlaceholder: string;
}

/** What the result card says, loaded with its code (`loadRedFlagsResult`). */
export interface RedFlagResult {
  readonly tiers: Readonly<Record<Tier, TierText>>;
  /** Whom to contact and how soon, per built-in seek-help route (the rule set says which sign leads where). */
  readonly routes: Readonly<Record<WordedRouteId, TierText>>;
  /** 3–4 short points from section 5 for the self-care result. */
  readonly selfCareSummary: readonly string[];
  /** Link text to the activity advice. */
  readonly adviceLinkText: string;
}

export interface RedFlagContent {
  readonly common: CommonStrings;
  readonly section: 6;
  readonly ui: RedFlagUi;
  /** Reassurance: strong pain is seldom a sign of something serious. */
  readonly intro: string;
  /** Checklist legend (instruction). */
  readonly legend: string;
  readonly emergencyGroupLabel: string;
  readonly seekHelpGroupLabel: string;
  /** An explicit "none of these apply" answer. */
  readonly noneOfThese: string;
  readonly flags: Readonly<Record<DefaultFlagId, RedFlagText>>;
  /**
   * The result's wording (`RedFlagResult`): a module of its own (`loadRedFlagsResult`) that loads
   * with the result card, so a page that is never answered does not download it;
   * `loadTopic('red-flags', locale)` includes it.
   */
  readonly tiers?: RedFlagResult['tiers'];
  readonly routes?: RedFlagResult['routes'];
  readonly selfCareSummary?: RedFlagResult['selfCareSummary'];
  readonly adviceLinkText?: RedFlagResult['adviceLinkText'];
  /** Default contacts (Norway); sites elsewhere pass their own. */
  readonly contacts: Contacts;
  /** The list follows the 2007 brochure; newer guidance may list more signs. */
  readonly sourceNote: string;
  /**
   * The professional wording. `loadTopic('red-flags', locale)` always includes it;
   * `loadRedFlags(locale)` (what the checklist uses for patients) leaves it out.
   */
  readonly clinician?: RedFlagClinicianWording;
}
