import { expect } from '@open-wc/testing';
import { LOCALES, TREATMENT_GROUP_IDS, loadTreatment } from '@ryggrad/content';
import { careOptionsPlainText } from '../src/plain-text.js';
import { CARE_TOPICS, careView, lineFor } from '../src/view.js';

/** The brochure's figures for section 7, as the issue lists them (a space before % in Norwegian). */
const FIGURES = [/4–6/, /90\s?%/, /70–90\s?%/, /6–8/];

describe('care options: view model', () => {
  it('accepts every group of section 7 as a topic, after "all"', () => {
    expect(CARE_TOPICS).to.deep.equal(['all', ...TREATMENT_GROUP_IDS]);
  });

  for (const lang of LOCALES) {
    it(`shows every group in brochure order, with the introduction and key messages, in ${lang}`, async () => {
      const content = await loadTreatment(lang);
      const view = careView(content, 'all', 'patient');
      expect(view.groups.map((group) => group.id)).to.deep.equal([...TREATMENT_GROUP_IDS]);
      expect(view.intro.map((line) => line.text)).to.deep.equal(content.intro.map((item) => item.text));
      expect(view.keyMessages.map((line) => line.text)).to.deep.equal(content.keyMessages.map((item) => item.text));
      expect(view.sourceSections).to.deep.equal([7]);
      expect(view.source).to.contain('FORMI').and.contain('2007').and.match(/ 7$/);
    });

    it(`carries the figures 4–6 weeks, about 90 %, 70–90 % and 6–8 weeks in ${lang}, for both audiences`, async () => {
      const content = await loadTreatment(lang);
      for (const audience of ['patient', 'clinician'] as const) {
        const text = careOptionsPlainText(content, 'all', audience).replace(/[\u00a0\u202f]/g, ' ');
        for (const figure of FIGURES) expect(text, `${lang} ${audience}`).to.match(figure);
      }
    });
  }

  it('shows one group alone for a topic, without introduction or key messages', async () => {
    const content = await loadTreatment('en');
    const view = careView(content, 'imaging', 'patient');
    expect(view.groups.map((group) => group.id)).to.deep.equal(['imaging']);
    expect(view.intro).to.deep.equal([]);
    expect(view.keyMessages).to.deep.equal([]);
    const text = careOptionsPlainText(content, 'imaging', 'patient');
    expect(text).to.contain('4–6');
    expect(text).not.to.contain('70–90');
  });

  it("uses the clinician's short wording where there is one, and the patient's otherwise", async () => {
    const content = await loadTreatment('nb');
    const [withShort, withoutShort] = [
      content.groups.flatMap((group) => group.items).find((item) => item.clinician),
      content.groups.flatMap((group) => group.items).find((item) => !item.clinician),
    ];
    expect(lineFor(withShort!, 'clinician').text).to.equal(withShort!.clinician);
    expect(lineFor(withShort!, 'patient').text).to.equal(withShort!.text);
    expect(lineFor(withoutShort!, 'clinician').text).to.equal(withoutShort!.text);
    const view = careView(content, 'all', 'clinician');
    expect(view.intro).to.deep.equal([]);
    expect(view.audienceLabel).to.equal(content.common.ui.clinicianView);
  });
});
