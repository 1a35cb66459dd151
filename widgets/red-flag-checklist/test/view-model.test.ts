import { expect } from '@open-wc/testing';
import { DEFAULT_FLAG_IDS, DEFAULT_RULES, sourceLine, validateRuleSet } from '@ryggrad/content';
import type { Contacts, Locale, RuleSet } from '@ryggrad/content';
import {
  checklistView,
  flagsFromAttribute,
  labelLocale,
  namesReplacedNumber,
  sameFlags,
  type ResultViewInput,
} from '../src/view-model.js';
import { content, LOCALE_LIST } from './helpers.js';

async function view(overrides: Partial<ResultViewInput> = {}, locale: Locale = 'nb') {
  return checklistView({
    content: await content(locale),
    locale,
    audience: 'patient',
    rules: DEFAULT_RULES,
    contacts: undefined,
    answers: { flags: [], noneChosen: false },
    ...overrides,
  });
}

const customRules: RuleSet = validateRuleSet({
  id: 'custom',
  version: '1',
  date: '2020-02-29',
  source: 'Local protocol (test)',
  locales: ['en', 'nb'],
  flags: [
    { id: 'b', tier: 'seek-help', label: { en: 'B en', nb: 'B nb' } },
    {
      id: 'a',
      tier: 'emergency',
      section: 6,
      label: { en: 'A en', nb: 'A nb' },
      clinician: { en: 'A term', nb: 'A term nb' },
    },
  ],
});

describe('checklistView', () => {
  for (const locale of LOCALE_LIST) {
    it(`groups the built-in questions by tier, worded by the ${locale} content`, async () => {
      const strings = await content(locale);
      const result = await view({}, locale);
      expect(result.groups.map((group) => group.tier)).to.deep.equal(['emergency', 'seek-help']);
      expect(result.groups.flatMap((group) => group.questions.map((question) => question.id))).to.deep.equal([
        ...DEFAULT_FLAG_IDS,
      ]);
      for (const question of result.groups.flatMap((group) => group.questions)) {
        expect(question.label).to.equal(strings.flags[question.id as 'fever'].label);
        expect(question.section).to.equal(`${strings.common.source.section} 6`);
        expect(question.lang).to.equal(undefined);
      }
      expect(result.source).to.equal(sourceLine(strings.common, [6]));
      expect(result.sourceNote).to.equal(strings.sourceNote);
    });
  }

  it('has no result before an answer, and self-care after "none of these"', async () => {
    expect((await view()).result).to.equal(undefined);
    expect((await view()).answered).to.equal(false);
    const none = await view({ answers: { flags: [], noneChosen: true } });
    expect(none.answered).to.equal(true);
    expect(none.none.checked).to.equal(true);
    expect(none.result?.tier).to.equal('self-care');
    expect(none.result?.contacts).to.deep.equal([]);
    // The action opens with the first point of the advice; the list gives the rest.
    const [first, ...rest] = (await content('nb')).selfCareSummary;
    expect(none.result?.action?.startsWith(first!)).to.equal(true);
    expect(none.result?.advice).to.deep.equal(rest);
  });

  it('takes the most urgent tier, and links each number of that tier', async () => {
    const strings = await content('nb');
    const emergency = await view({ answers: { flags: ['fever', 'saddle-numbness', 'nonsense'], noneChosen: false } });
    expect(emergency.result?.tier).to.equal('emergency');
    expect(emergency.result?.heading).to.equal(strings.tiers.emergency.heading);
    expect(emergency.result?.action).to.equal(strings.tiers.emergency.action);
    expect(emergency.result?.contacts.map((contact) => contact.href)).to.deep.equal(
      strings.contacts.emergency.map((contact) =>
        contact.number ? `tel:${contact.number.replace(/ /g, '')}` : undefined,
      ),
    );
    const ticked = emergency.groups.flatMap((group) =>
      group.questions.filter((question) => question.checked).map((question) => question.id),
    );
    expect(ticked).to.deep.equal(['saddle-numbness', 'fever']);
  });

  it('falls back to the patient wording for clinicians when the professional wording is missing', async () => {
    const strings = await content('en');
    const { clinician: _left, ...patientOnly } = strings;
    const result = await view(
      { content: patientOnly, audience: 'clinician', answers: { flags: ['fever'], noneChosen: false } },
      'en',
    );
    expect(result.legend).to.equal(strings.legend);
    expect(result.groups[1]?.questions.find((question) => question.id === 'fever')?.label).to.equal(
      strings.flags.fever.label,
    );
    expect(result.result?.heading).to.equal(strings.routes['doctor-today'].heading);
    expect(result.none.label).to.equal(strings.noneOfThese);
  });

  it('uses professional wording for clinicians and leaves out the reassurance', async () => {
    const strings = await content('en');
    const clinician = await view({ audience: 'clinician', answers: { flags: ['weakness'], noneChosen: false } }, 'en');
    expect(clinician.intro).to.equal(undefined);
    expect(clinician.groups[1]?.questions.find((question) => question.id === 'weakness')?.label).to.equal(
      strings.clinician!.flags.weakness,
    );
    expect(clinician.result?.heading).to.equal(strings.clinician!.routes['doctor-soon'].heading);
    expect(clinician.result?.action).to.equal(strings.clinician!.routes['doctor-soon'].action);
    expect((await view({}, 'en')).intro).to.equal(strings.intro);
  });

  it('words a custom set with its own labels, in its order, citing its own source', async () => {
    const result = await view({ rules: customRules, answers: { flags: ['b'], noneChosen: false } });
    expect(
      result.groups.map((group) => group.questions.map((question) => [question.id, question.label, question.index])),
    ).to.deep.equal([[['a', 'A nb', 1]], [['b', 'B nb', 0]]]);
    expect(result.groups[0]?.questions[0]?.section).to.equal('avsnitt 6');
    expect(result.groups[1]?.questions[0]?.section).to.equal(undefined);
    expect(result.source).to.contain('Local protocol (test)');
    expect(result.sourceNote).to.equal(undefined);
    expect(result.rules).to.equal('custom 1 (2020-02-29)');
    expect(result.result?.tier).to.equal('seek-help');
    const clinician = await view({ rules: customRules, audience: 'clinician' });
    expect(clinician.groups[0]?.questions[0]?.label).to.equal('A term nb');
    expect(clinician.groups[1]?.questions[0]?.label).to.equal('B nb');
  });

  it("falls back to the set's first locale for its labels and marks their language", async () => {
    expect(labelLocale(customRules, 'nn')).to.equal('en');
    expect(labelLocale(customRules, 'nb')).to.equal('nb');
    const result = await view({ rules: customRules }, 'nn');
    expect(result.labelLocaleFallback).to.equal('en');
    expect(result.groups[0]?.questions[0]).to.include({ label: 'A en', lang: 'en' });
    expect((await view({ rules: customRules }, 'nb')).labelLocaleFallback).to.equal(undefined);
  });

  it("uses the site's contacts, and leaves out an action that names a replaced number", async () => {
    const contacts: Contacts = { emergency: [{ id: 'e', label: 'Emergency (test)', number: '999' }], 'seek-help': [] };
    const result = await view({ contacts, answers: { flags: ['urination'], noneChosen: false } });
    expect(result.result?.contacts).to.deep.equal([
      { id: 'e', label: 'Emergency (test)', number: '999', href: 'tel:999' },
    ]);
    expect(result.result?.action).to.equal(undefined);
    const seekHelp = await view({ contacts, answers: { flags: ['unsure'], noneChosen: false } });
    expect(seekHelp.result?.contacts).to.deep.equal([]);
    expect(seekHelp.result?.action).to.equal((await content('nb')).tiers['seek-help'].action);
    // The doctor routes name legevakt 116 117, which this site does not have.
    const doctor = await view({ contacts, answers: { flags: ['fever'], noneChosen: false } });
    expect(doctor.result?.heading).to.equal((await content('nb')).routes['doctor-today'].heading);
    expect(doctor.result?.action).to.equal(undefined);
  });
});

describe('namesReplacedNumber', () => {
  const defaults: Contacts = {
    emergency: [
      { id: 'a', label: 'A', number: '116 117' },
      { id: 'b', label: 'B', number: '113' },
    ],
    'seek-help': [{ id: 'c', label: 'C' }],
  };
  /** A replacement with one emergency number and no other. */
  const only = (number: string): Contacts => ({ emergency: [{ id: 'x', label: 'X', number }], 'seek-help': [] });
  const cases: [text: string, replacementNumber: string, names: boolean][] = [
    ['Call 116 117 now.', '113', true],
    ['Call 113 now.', '113', false],
    ['Call 1130 now.', '999', false],
    ['See your GP.', '113', false],
    ['Ring 116 117.', '116117', false],
  ];
  for (const [text, replacementNumber, names] of cases) {
    it(`is ${String(names)} for "${text}" with only ${replacementNumber}: a built-in number the replacement lacks, as a whole number`, () => {
      expect(namesReplacedNumber(text, defaults, only(replacementNumber))).to.equal(names);
    });
  }
});

describe('flagsFromAttribute() and sameFlags()', () => {
  it('splits on spaces and commas and drops empty parts', () => {
    expect(flagsFromAttribute(' fever  weakness ')).to.deep.equal(['fever', 'weakness']);
    expect(flagsFromAttribute('fever,accident')).to.deep.equal(['fever', 'accident']);
    expect(flagsFromAttribute('')).to.deep.equal([]);
    expect(flagsFromAttribute(null)).to.deep.equal([]);
  });

  it('compares lists by their ids in order', () => {
    expect(sameFlags(['fever', 'weakness'], ['fever', 'weakness'])).to.equal(true);
    expect(sameFlags(['fever', 'weakness'], ['weakness', 'fever'])).to.equal(false);
    expect(sameFlags(['fever'], ['fever', 'fever'])).to.equal(false);
    expect(sameFlags([], [])).to.equal(true);
  });
});
