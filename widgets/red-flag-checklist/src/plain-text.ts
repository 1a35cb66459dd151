// The checklist as plain text, for a journal note or for the patient to keep. Pure: it takes the
// words already chosen for the reader (locale and audience), the answers and a date, so every
// variant can be unit-tested without a browser.
import { plainBlocks, plainDate, plainHeading, plainList, type Audience, type Locale } from '@ryggrad/core';

export type { Audience };

/** One question of the checklist with the reader's answer (`undefined` before any answer). */
export interface PlainTextQuestion {
  readonly label: string;
  /** Where the question comes from, e.g. "avsnitt 6"; shown in the clinician text. */
  readonly section?: string;
  readonly answer: boolean | undefined;
}

/** Someone to contact, as shown on the result card. */
export interface PlainTextContact {
  readonly label: string;
  readonly number?: string;
  readonly description?: string;
}

/** The result of the checklist, in the audience's wording. */
export interface PlainTextResult {
  /** "Krever handling med en gang" — the level in words. */
  readonly levelText: string;
  /** The concrete step, e.g. "Kontakt lege nå". */
  readonly heading: string;
  /** The concrete step in words; left out when it names numbers the site's contacts replaced. */
  readonly action?: string;
  readonly contacts: readonly PlainTextContact[];
  /** Short self-care advice, when the result is self-care. */
  readonly advice: readonly string[];
}

/** The interface words the text needs, in the reader's language. */
export interface PlainTextWords {
  /** "Dato" */
  readonly date: string;
  /** "Ja" */
  readonly yes: string;
  /** "Nei" */
  readonly no: string;
  /** Heading above the result, e.g. "Hva bør du gjøre nå?". */
  readonly resultHeading: string;
  /** Heading above the contacts, e.g. "Hvem kan du kontakte?". */
  readonly contactsHeading: string;
  /** Heading above the self-care advice, e.g. "Råd". */
  readonly adviceHeading: string;
  /** The line written when "none of these" was chosen. */
  readonly noneChosen: string;
  /** The line written before any answer, e.g. "Ikke besvart ennå." */
  readonly notAnswered: string;
  /** "Regelsett" before the rule set's name. */
  readonly rules: string;
}

/** Everything `checklistPlainText` writes. */
export interface PlainTextInput {
  readonly locale: Locale;
  readonly audience: Audience;
  readonly date: Date;
  readonly title: string;
  /** The instruction above the questions (the patient text repeats it; a note needs none). */
  readonly legend: string;
  readonly questions: readonly PlainTextQuestion[];
  readonly noneChosen: boolean;
  /** Absent before the reader has answered. */
  readonly result?: PlainTextResult;
  /** The full source line, e.g. "Kilde: … (FORMI, 2007), avsnitt 6". */
  readonly source: string;
  /** The rule set, e.g. "formi-2007-section-6 2.0.0 (2007-01-01)"; written in the clinician text. */
  readonly rules?: string;
  readonly words: PlainTextWords;
}

/** "Har du feber? Ja" reads as a question and answer; "Feber: Ja" needs the colon. */
function questionLine(label: string, answer: string): string {
  return /[?:]$/.test(label.trim()) ? `${label.trim()} ${answer}` : `${label.trim()}: ${answer}`;
}

function contactLine(contact: PlainTextContact): string {
  const name = contact.number ? `${contact.label}: ${contact.number}` : contact.label;
  return contact.description ? `${name} (${contact.description})` : name;
}

function answerWord(answer: boolean | undefined, words: PlainTextWords): string | undefined {
  if (answer === undefined) return undefined;
  return answer ? words.yes : words.no;
}

function patientText(input: PlainTextInput): string {
  const { words, result } = input;
  const questions = plainList(
    input.questions.map((question) => {
      const answer = answerWord(question.answer, words);
      return answer === undefined ? question.label : questionLine(question.label, answer);
    }),
  );
  return plainBlocks([
    `${plainHeading(input.title)}\n${words.date}: ${plainDate(input.date, input.locale)}`,
    `${input.legend}\n${questions}`,
    input.noneChosen && words.noneChosen,
    result
      ? plainBlocks([
          [plainHeading(words.resultHeading, '-'), `${result.levelText}: ${result.heading}`, result.action]
            .filter(Boolean)
            .join('\n'),
          result.contacts.length > 0 && `${words.contactsHeading}\n${plainList(result.contacts.map(contactLine))}`,
          result.advice.length > 0 && `${words.adviceHeading}\n${plainList(result.advice)}`,
        ])
      : words.notAnswered,
    input.source,
  ]);
}

function clinicianText(input: PlainTextInput): string {
  const { words, result } = input;
  // When every question has the same source, the source line says it once.
  const sections = new Set(input.questions.map((question) => question.section));
  const sectionPerQuestion = sections.size > 1;
  const questions = plainList(
    input.questions.map((question) => {
      const label = sectionPerQuestion && question.section ? `${question.label} (${question.section})` : question.label;
      const answer = answerWord(question.answer, words);
      return answer === undefined ? label : `${label}: ${answer}`;
    }),
  );
  const contacts = result?.contacts.filter((contact) => contact.number) ?? [];
  return plainBlocks([
    `${input.title} – ${plainDate(input.date, input.locale)}`,
    questions,
    input.noneChosen && words.noneChosen,
    result
      ? [
          `${result.heading} (${result.levelText})`,
          result.action ?? '',
          contacts.length > 0 ? contacts.map((contact) => `${contact.label} ${contact.number}`).join('; ') : '',
        ]
          .filter((line) => line !== '')
          .join('\n')
      : words.notAnswered,
    [input.source, input.rules ? `${words.rules}: ${input.rules}` : ''].filter((line) => line !== '').join('\n'),
  ]);
}

/**
 * The dated summary of the checklist: every question with its answer, the result with the
 * numbers to call, and the source. Patients get full sentences under headings; clinicians a
 * compact note. Before any answer the questions are listed without answers and without result.
 */
export function checklistPlainText(input: PlainTextInput): string {
  return input.audience === 'clinician' ? clinicianText(input) : patientText(input);
}
