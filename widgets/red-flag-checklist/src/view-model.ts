// What the checklist shows, worked out from the content, the rule set, the contacts and the
// answers. Pure (no DOM, no Lit), so the rules for wording, grouping and results are testable
// on their own; the element only renders this. The questions' part (questions-model.ts) is what
// the first paint needs; the result's part here loads with the result card's code (result-view.ts).
import { FLAG_TIERS, telLink, triage } from '@ryggrad/content';
import type {
  Contact,
  Contacts,
  Locale,
  RedFlagContent,
  RedFlagResult,
  Route,
  Tier,
  WordedRouteId,
} from '@ryggrad/content';
import {
  labelLocale,
  questionsView,
  type ChecklistView,
  type ChecklistViewInput,
  type ContactView,
  type ResultView,
} from './questions-model.js';

export {
  flagsFromAttribute,
  labelLocale,
  sameFlags,
  type ChecklistView,
  type ChecklistViewInput,
  type ContactView,
  type ResultView,
} from './questions-model.js';

/** The content with the result's wording, which loads with the card (`loadRedFlagsResult`). */
export type ResultContent = RedFlagContent & RedFlagResult;

/** Inputs of {@link checklistView}: those of the questions, with the result's wording. */
export interface ResultViewInput extends ChecklistViewInput {
  readonly content: ResultContent;
}

/**
 * A contact as shown. Its description is left out when the action above already names its
 * number ("… call 113" then "Call 113" then "Call 113 when …" said it three times).
 */
function contactView(contact: Contact, action: string | undefined): ContactView {
  const href = contact.number ? telLink(contact.number) : undefined;
  const repeats = contact.number !== undefined && action !== undefined && mentionsNumber(action, contact.number);
  return {
    id: contact.id,
    label: contact.label,
    ...(contact.number ? { number: contact.number } : {}),
    ...(href ? { href } : {}),
    ...(contact.description && !repeats ? { description: contact.description } : {}),
  };
}

function mentionsNumber(text: string, number: string): boolean {
  const escaped = number.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^0-9])${escaped}($|[^0-9])`).test(text);
}

/**
 * True when a text names one of the built-in numbers that the site's own contacts do not
 * include: a site outside Norway must not show "116 117" next to its own numbers.
 */
export function namesReplacedNumber(text: string, defaults: Contacts, replacement: Contacts): boolean {
  const digits = (number: string) => number.replace(/[^0-9+]/g, '');
  const kept = new Set(
    FLAG_TIERS.flatMap((tier) =>
      replacement[tier].flatMap((contact) => (contact.number ? [digits(contact.number)] : [])),
    ),
  );
  return FLAG_TIERS.some((tier) =>
    defaults[tier].some(
      (contact) =>
        contact.number !== undefined && !kept.has(digits(contact.number)) && mentionsNumber(text, contact.number),
    ),
  );
}

/** Heading, level and action of a result: the route's own, else the tier's. */
function resultWording(
  content: ResultContent,
  professional: RedFlagContent['clinician'],
  tier: Tier,
  route: Route | undefined,
  locale: Locale,
): { heading: string; levelText: string; action: string } {
  const tierText = content.tiers[tier];
  const general = {
    levelText: tierText.levelText,
    heading: professional?.tiers[tier].heading ?? tierText.heading,
    action: professional?.tiers[tier].action ?? tierText.action,
  };
  if (!route) return general;
  if (route.heading || route.action) {
    const own = (wording: Route['heading']) => wording?.[locale] ?? Object.values(wording ?? {})[0];
    return { ...general, heading: own(route.heading) ?? general.heading, action: own(route.action) ?? general.action };
  }
  const worded = Object.hasOwn(content.routes, route.id) ? (route.id as WordedRouteId) : undefined;
  if (!worded) return general;
  const text = content.routes[worded];
  return {
    levelText: text.levelText,
    heading: professional?.routes[worded].heading ?? text.heading,
    action: professional?.routes[worded].action ?? text.action,
  };
}

/** The tier's contacts the route names, or all of them when it names none the site has. */
function routeContacts(contacts: readonly Contact[], route: Route | undefined): readonly Contact[] {
  const chosen = route?.contacts ? contacts.filter((contact) => route.contacts?.includes(contact.id)) : [];
  return chosen.length > 0 ? chosen : contacts;
}

/** The result card for the given input; undefined until the reader has answered. */
function resultView(input: ResultViewInput): ResultView | undefined {
  const { content, rules, answers } = input;
  const professional = input.audience === 'clinician' ? content.clinician : undefined;
  const result = triage(answers.flags, rules);
  if (result.flags.length === 0 && !answers.noneChosen) return undefined;
  const contacts = input.contacts ?? content.contacts;
  const route = rules.routes?.find((candidate) => candidate.id === result.route);
  const wording = resultWording(content, professional, result.tier, route, labelLocale(rules, input.locale));
  const { levelText, heading, action } = wording;
  const keepAction = !input.contacts || !namesReplacedNumber(action, content.contacts, input.contacts);
  return {
    tier: result.tier,
    ...(route ? { route: route.id } : {}),
    levelText,
    heading,
    ...(keepAction ? { action } : {}),
    contacts:
      result.tier === 'self-care'
        ? []
        : routeContacts(contacts[result.tier], route).map((contact) =>
            contactView(contact, keepAction ? action : undefined),
          ),
    // The action opens with the first point of the advice: say each once.
    advice:
      result.tier === 'self-care'
        ? content.selfCareSummary.filter((point) => !(keepAction && action.includes(point)))
        : [],
  };
}

/**
 * Works out what the checklist shows for the given content, rules, contacts and answers: the
 * questions (`questionsView`) and, once the reader has answered, the result card. The clinician
 * audience reads `content.clinician`; where that wording is missing, the patient wording stands in.
 */
export function checklistView(input: ResultViewInput): ChecklistView {
  const view = questionsView(input);
  const result = resultView(input);
  return result ? { ...view, result } : view;
}

/**
 * What the live region says about a result: the level, the heading, what to do and every number
 * to call, each number once (the action usually names them already).
 */
export function resultAnnouncement(result: ResultView): string {
  const action = result.action ?? '';
  const numbers = result.contacts
    .filter((contact) => contact.number !== undefined && !mentionsNumber(action, contact.number))
    .map((contact) => `${contact.label}: ${contact.number}.`);
  return [`${result.levelText}: ${result.heading}.`, action, ...numbers].filter((part) => part !== '').join(' ');
}
