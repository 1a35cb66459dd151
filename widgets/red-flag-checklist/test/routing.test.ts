// Routing by sign (issue 14): each sign leads to the right person, in every language. The words
// looked for are written here, not read from the content, so a wording change that sends a
// reader to the wrong profession fails.
import { expect, fixture, html } from '@open-wc/testing';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';
import { card, text } from './helpers.js';

const DOCTOR: Record<Locale, RegExp> = { nb: /\blege\b/i, nn: /\blege\b/i, en: /\bdoctor\b/i };
const CHIROPRACTOR: Record<Locale, RegExp> = { nb: /kiropraktor/i, nn: /kiropraktor/i, en: /chiropractor/i };
const TODAY: Record<Locale, RegExp> = { nb: /i dag/, nn: /i dag/, en: /today/ };
const AT_ONCE_IF_WORSE: Record<Locale, RegExp> = {
  nb: /svakere.*med en gang/,
  nn: /svakare.*med ein gong/,
  en: /gets worse.*at once/,
};
const GP: Record<Locale, RegExp> = { nb: /fastlege/, nn: /fastlege/, en: /GP/ };
const HOSPITAL_REFERRAL: Record<Locale, RegExp> = {
  nb: /henvis akutt til sykehus/i,
  nn: /tilvis akutt til sjukehus/i,
  en: /refer acutely to hospital/i,
};
const MRI: Record<Locale, RegExp> = { nb: /MR samme dag/, nn: /MR same dag/, en: /MRI the same day/ };

async function resultFor(locale: Locale, flags: string[], audience = 'patient'): Promise<string> {
  const element = await fixture<RyggRedFlagChecklist>(
    html`<rygg-red-flag-checklist lang=${locale} audience=${audience}></rygg-red-flag-checklist>`,
  );
  element.flags = flags;
  await element.updateComplete;
  const shown = card(element);
  expect(shown, `${locale} ${flags.join(',')}`).to.exist;
  return text(shown);
}

for (const locale of ['nb', 'nn', 'en'] as const) {
  describe(`<rygg-red-flag-checklist>: routing by sign (${locale})`, () => {
    for (const flag of ['fever', 'weight-loss', 'feeling-ill', 'accident']) {
      it(`sends "${flag}" alone to a doctor and names no chiropractor`, async () => {
        const shown = await resultFor(locale, [flag]);
        expect(shown).to.match(DOCTOR[locale]).and.not.match(CHIROPRACTOR[locale]);
        expect(shown).to.contain('116 117');
      });
    }

    for (const flag of ['fever', 'accident']) {
      it(`sends "${flag}" to a doctor the same day`, async () => {
        expect(await resultFor(locale, [flag])).to.match(TODAY[locale]);
      });
    }

    it('sends weakness to a doctor soon, and at once if it gets worse', async () => {
      const shown = await resultFor(locale, ['weakness']);
      expect(shown).to.match(DOCTOR[locale]).and.match(AT_ONCE_IF_WORSE[locale]);
      expect(shown).to.not.match(CHIROPRACTOR[locale]);
    });

    for (const flag of ['unsure', 'uncontrolled-pain']) {
      it(`sends "${flag}" to the GP or another authorised health professional`, async () => {
        const shown = await resultFor(locale, [flag]);
        expect(shown).to.match(GP[locale]).and.match(CHIROPRACTOR[locale]);
      });
    }

    it('shows the most urgent route of the ticked signs', async () => {
      expect(await resultFor(locale, ['unsure', 'fever']))
        .to.match(TODAY[locale])
        .and.not.match(CHIROPRACTOR[locale]);
    });

    it('gives the clinician acute hospital referral for cauda equina signs, and patients legevakt as before', async () => {
      for (const flag of ['urination', 'saddle-numbness']) {
        const clinician = await resultFor(locale, [flag], 'clinician');
        expect(clinician).to.match(HOSPITAL_REFERRAL[locale]).and.match(MRI[locale]);
        expect(clinician).to.match(/cauda equina/);
        const patient = await resultFor(locale, [flag]);
        expect(patient).to.contain('116 117').and.contain('113');
      }
    });
  });
}
