// What the checklist shows before and without a result: the questions in their groups, "none of
// these", the source, and the plain-text summary's input. Pure (no DOM, no Lit). The result card's
// part (view-model.ts) loads with the result's code, when the reader first points at, focuses or
// answers the checklist.
import { FLAG_TIERS, contentVersionText, sourceLine, triage } from '@ryggrad/content';
import type {
  Contacts,
  DefaultFlagId,
  FlagTier,
  Locale,
  RedFlagContent,
  RedFlagRule,
  RuleSet,
  Tier,
} from '@ryggrad/content';
import type { Audience, PlainTextInput, PlainTextResult } from './plain-text.js';

/** The reader's answers: the ticked flag ids and whether "none of these" is chosen. */
export interface ChecklistAnswers {
  readonly flags: readonly string[];
  readonly noneChosen: boolean;
}

/** One question (checkbox) of the checklist. */
export interface QuestionView {
  readonly id: string;
  /** Position in the rule set; used for element ids, since flag ids may contain any character. */
  readonly index: number;
  readonly tier: FlagTier;
  readonly label: string;
  /** Set when the label is in another language than the widget (a custom rule set without it). */
  readonly lang?: Locale;
  /** Where the question comes from, e.g. "avsnitt 6" (rules that name a brochure section). */
  readonly section?: string;
  readonly checked: boolean;
}

/** The questions of one tier, under their own legend. */
export interface GroupView {
  readonly tier: FlagTier;
  readonly label: string;
  readonly questions: readonly QuestionView[];
}

/** A contact on the result card; `href` is its `tel:` link when it has a number. */
export interface ContactView {
  readonly id: string;
  readonly label: string;
  readonly number?: string;
  readonly href?: string;
  readonly description?: string;
}

/** The result card: the plain-text result with its tier, route and linked contacts. */
export interface ResultView extends PlainTextResult {
  readonly tier: Tier;
  /** The most urgent route of the ticked signs (absent for self-care and sets without routes). */
  readonly route?: string;
  readonly contacts: readonly ContactView[];
}

/** Everything the element renders. */
export interface ChecklistView {
  readonly audience: Audience;
  readonly title: string;
  /** Reassurance above the questions; patients only. */
  readonly intro?: string;
  readonly legend: string;
  readonly groups: readonly GroupView[];
  readonly none: { readonly label: string; readonly checked: boolean };
  readonly answered: boolean;
  /** Absent until the reader has ticked something or chosen "none of these". */
  readonly result?: ResultView;
  readonly source: string;
  readonly sourceNote?: string;
  /** The rule set as a short reference, e.g. "formi-2007-section-6 2.0.0 (2007-01-01)". */
  readonly rules: string;
  /** The locale the labels are written in when the rule set lacks the widget's locale. */
  readonly labelLocaleFallback?: Locale;
}

/** Inputs of {@link checklistView}. */
export interface ChecklistViewInput {
  readonly content: RedFlagContent;
  readonly locale: Locale;
  readonly audience: Audience;
  readonly rules: RuleSet;
  /** The site's own contacts, or undefined for the content's defaults. */
  readonly contacts: Contacts | undefined;
  readonly answers: ChecklistAnswers;
}

/** The locale a rule set's own labels are read in: the widget's, or else the set's first. */
export function labelLocale(rules: RuleSet, locale: Locale): Locale {
  return rules.locales.includes(locale) ? locale : (rules.locales[0] ?? locale);
}

/** Whether a rule carries its own wording (custom sets) or takes it from the 'red-flags' topic. */
export function ownWording(rule: RedFlagRule): boolean {
  return rule.label !== undefined && Object.keys(rule.label).length > 0;
}

function questionLabel(rule: RedFlagRule, content: RedFlagContent, audience: Audience, locale: Locale): string {
  if (ownWording(rule)) {
    const patient = rule.label?.[locale] ?? Object.values(rule.label ?? {})[0] ?? rule.id;
    return audience === 'clinician' ? (rule.clinician?.[locale] ?? patient) : patient;
  }
  const id = rule.id as DefaultFlagId;
  // A site's rule set may reuse an id this version's content does not know.
  const text = (content.flags as Partial<RedFlagContent['flags']>)[id];
  if (!text) return rule.id;
  return (audience === 'clinician' ? content.clinician?.flags[id] : undefined) ?? text.label;
}

/** The rule set as one short reference for notes. */
export function rulesReference(rules: RuleSet): string {
  return `${rules.id} ${rules.version} (${rules.date})`;
}

/** The source line: the brochure's section for the built-in rules, the set's own source otherwise. */
function sourceText(content: RedFlagContent, rules: RuleSet): string {
  const sections = rules.flags.flatMap((rule) => (rule.section === undefined ? [] : [rule.section]));
  const custom = rules.flags.some(ownWording);
  if (!custom) return sourceLine(content.common, sections.length > 0 ? sections : [content.section]);
  return `${content.common.source.label}: ${rules.source}. ${contentVersionText(content.common)}`;
}

/**
 * What the checklist shows for the given content, rules and answers, without the result card
 * (`checklistView` in view-model.ts adds it). The clinician audience reads `content.clinician`;
 * where that wording is missing, the patient wording stands in.
 */
export function questionsView(input: ChecklistViewInput): ChecklistView {
  const { content, audience, rules, answers } = input;
  const clinician = audience === 'clinician';
  const professional = clinician ? content.clinician : undefined;
  const wordingLocale = labelLocale(rules, input.locale);
  const custom = rules.flags.some(ownWording);
  const result = triage(answers.flags, rules);
  const answered = result.flags.length > 0 || answers.noneChosen;
  const ticked = new Set(result.flags);
  const { source: sourceWords } = content.common;

  const groups: GroupView[] = FLAG_TIERS.map((tier) => ({
    tier,
    label:
      professional?.tiers[tier].heading ??
      (tier === 'emergency' ? content.emergencyGroupLabel : content.seekHelpGroupLabel),
    questions: rules.flags
      .map((rule, index) => ({ rule, index }))
      .filter(({ rule }) => rule.tier === tier)
      .map(({ rule, index }): QuestionView => ({
        id: rule.id,
        index,
        tier,
        label: questionLabel(rule, content, audience, wordingLocale),
        ...(ownWording(rule) && wordingLocale !== input.locale ? { lang: wordingLocale } : {}),
        ...(rule.section !== undefined ? { section: `${sourceWords.section} ${rule.section}` } : {}),
        checked: ticked.has(rule.id),
      })),
  })).filter((group) => group.questions.length > 0);
  return {
    audience,
    title: content.ui.title,
    ...(clinician ? {} : { intro: content.intro }),
    legend: professional?.legend ?? content.legend,
    groups,
    none: {
      label: professional?.noneOfThese ?? content.noneOfThese,
      checked: answers.noneChosen && result.flags.length === 0,
    },
    answered,
    source: sourceText(content, rules),
    ...(custom ? {} : { sourceNote: content.sourceNote }),
    rules: rulesReference(rules),
    ...(custom && wordingLocale !== input.locale ? { labelLocaleFallback: wordingLocale } : {}),
  };
}

/** The input of the plain-text summary, from the same view the element renders. */
export function plainTextInput(
  view: ChecklistView,
  content: RedFlagContent,
  locale: Locale,
  date: Date,
): PlainTextInput {
  const { ui } = content;
  return {
    locale,
    audience: view.audience,
    date,
    title: (view.audience === 'clinician' ? content.clinician?.plainTextTitle : undefined) ?? ui.plainTextTitle,
    legend: view.legend,
    questions: view.groups.flatMap((group) =>
      group.questions.map((question) => ({
        label: question.label,
        ...(question.section ? { section: question.section } : {}),
        answer: view.answered ? question.checked : undefined,
      })),
    ),
    noneChosen: view.none.checked,
    ...(view.result
      ? {
          result: {
            levelText: view.result.levelText,
            heading: view.result.heading,
            ...(view.result.action ? { action: view.result.action } : {}),
            contacts: view.result.contacts,
            advice: view.result.advice,
          },
        }
      : {}),
    source: view.source,
    ...(view.audience === 'clinician' ? { rules: view.rules } : {}),
    words: {
      date: ui.plainTextDate,
      yes: ui.answerYes,
      no: ui.answerNo,
      resultHeading: ui.resultHeading,
      contactsHeading: ui.contactsHeading,
      adviceHeading: ui.plainTextAdvice,
      noneChosen: view.audience === 'clinician' ? view.none.label : ui.plainTextNone,
      notAnswered: ui.plainTextNotAnswered,
      rules: ui.plainTextRules,
    },
  };
}

/**
 * The `flags` attribute as flag ids: separated by spaces (`flags="fever weakness"`) or commas,
 * which is what a framework writes when it sets an array as an attribute (`"fever,weakness"`).
 */
export function flagsFromAttribute(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter((id) => id !== '');
}

/** True when two lists of flag ids hold the same ids in the same order. */
export function sameFlags(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
