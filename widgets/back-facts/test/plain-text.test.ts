import { expect } from '@open-wc/testing';
import { LOCALES, loadAbout, loadCauses } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import { backFactsPlainText } from '../src/plain-text.js';
import { factsView, type FactsContent } from '../src/view.js';

/** The brochure's figures for sections 1, 8 and 10, as the issue lists them (a space before % in Norwegian). */
const FIGURES = [/85–90 ?%/, /5–10 ?%/, /1–5 ?%/, /1–2/, /15 ?%/];

async function load(locale: Locale): Promise<FactsContent> {
  const [causes, about] = await Promise.all([loadCauses(locale), loadAbout(locale)]);
  return { causes, about };
}

describe('back facts: view and plain text', () => {
  for (const lang of LOCALES) {
    for (const audience of ['patient', 'clinician'] as const) {
      it(`carries 85–90 %, 5–10 %, 1–5 %, 1–2 years and about 15 % in ${lang} (${audience})`, async () => {
        const text = backFactsPlainText(await load(lang), audience).replace(/[\u00a0\u202f]/g, ' ');
        for (const figure of FIGURES) expect(text, `${lang} ${audience}`).to.match(figure);
      });
    }

    it(`gives the shares, the course, how common, the links and the source in ${lang}`, async () => {
      const content = await load(lang);
      const text = backFactsPlainText(content, 'patient');
      const lines = text.split('\n');
      expect(lines[0]).to.equal(content.causes.ui.factsTitle);
      for (const type of content.causes.types) expect(lines).to.include(`- ${type.name}: ${type.share}`);
      expect(lines).to.include(`- ${content.causes.ui.courseRelapse}: ${content.causes.ui.courseYears}`);
      expect(lines).to.include(`- ${content.causes.ui.courseAcute}: ${content.causes.ui.courseWeeks}`);
      for (const item of content.causes.recovery) expect(lines).to.include(`- ${item.text}`);
      for (const item of content.about.prevalence) expect(lines).to.include(`- ${item.text}`);
      expect(text).to.contain('https://www.rygginfo.no');
      const view = factsView(content, 'patient');
      expect(view.sourceSections).to.include.members([1, 8, 10, 11]);
      expect(lines[lines.length - 1]).to.equal(view.source);
      expect(text).not.to.match(/<[a-z]/i);
    });
  }

  it("uses the clinician's short wording where there is one", async () => {
    const content = await load('en');
    const relapse = content.causes.recovery.find((item) => item.clinician)!;
    const clinician = factsView(content, 'clinician').recovery.find((line) => line.id === relapse.id);
    expect(clinician?.text).to.equal(relapse.clinician);
    expect(factsView(content, 'patient').recovery.find((line) => line.id === relapse.id)?.text).to.equal(relapse.text);
  });
});
