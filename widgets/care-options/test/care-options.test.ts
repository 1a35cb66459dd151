import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeWidgetConformance, part, parts, renderWidget, underMedia } from '@ryggrad/testing';
import { LOCALES, loadTreatment } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggCareOptions } from '../src/care-options.js';
import { careView, type CareAudience } from '../src/view.js';

const AUDIENCES: CareAudience[] = ['patient', 'clinician'];

function care(lang: Locale, attributes: Record<string, string> = {}): Promise<RyggCareOptions> {
  return renderWidget<RyggCareOptions>('rygg-care-options', { lang, theme: 'light', ...attributes });
}

describe('<rygg-care-options>: content', () => {
  for (const lang of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`shows every group and line of section 7 in ${lang} (${audience})`, async () => {
        const content = await loadTreatment(lang);
        const element = await care(lang, { audience });
        expect(part(element, 'title').textContent.trim()).to.equal(content.ui.title);
        expect(part(element, 'base').getAttribute('lang')).to.equal(lang);
        const sections = parts(element, 'section');
        expect(sections.map((section) => section.dataset.section)).to.deep.equal(content.groups.map((g) => g.id));
        sections.forEach((section, index) => {
          const group = content.groups[index]!;
          expect(section.querySelector('h3')?.textContent.trim()).to.equal(group.heading);
          const shown = [...section.querySelectorAll('li')].map((item) => item.textContent.trim());
          const words = group.items.map((item) =>
            audience === 'clinician' ? (item.clinician ?? item.text) : item.text,
          );
          expect(shown).to.deep.equal(words);
        });
        expect(part(element, 'source').textContent.trim()).to.equal(careView(content, 'all', audience).source);
      });
    }
  }

  it('shows only the imaging part with topic="imaging", and switches at runtime', async () => {
    const content = await loadTreatment('nb');
    const element = await care('nb', { topic: 'imaging' });
    expect(parts(element, 'section').map((section) => section.dataset.section)).to.deep.equal(['imaging']);
    expect(element.shadowRoot!.querySelector('[part~="key-messages"]')).to.equal(null);
    expect(element.toPlainText()).to.contain('4–6').and.not.contain('70–90');
    element.topic = 'Surgery';
    await element.updateComplete;
    const surgery = content.groups.find((group) => group.id === 'surgery')!;
    expect(parts(element, 'section').map((section) => section.querySelector('h3')?.textContent.trim())).to.deep.equal([
      surgery.heading,
    ]);
    expect(element.toPlainText()).to.contain('70–90');
  });
});

describe('<rygg-care-options>: plain text', () => {
  for (const lang of LOCALES) {
    it(`gives the title, every group, the figures and the source line in ${lang}`, async () => {
      const content = await loadTreatment(lang);
      const element = await care(lang);
      const text = element.toPlainText();
      const lines = text.split('\n');
      expect(lines[0]).to.equal(content.ui.title);
      expect(lines[1]).to.match(/^=+$/);
      for (const group of content.groups) expect(lines).to.include(group.heading);
      for (const item of content.groups.flatMap((group) => group.items)) expect(lines).to.include(`- ${item.text}`);
      const spaced = text.replace(/[\u00a0\u202f]/g, ' ');
      for (const figure of [/4–6/, /90 ?%/, /70–90 ?%/]) expect(spaced).to.match(figure);
      expect(lines[lines.length - 1]).to.equal(careView(content, 'all', 'patient').source);
      expect(text).not.to.match(/<[a-z]/i);
    });
  }
});

describe('<rygg-care-options>: attributes', () => {
  it('uses h2 for the title and h3 below it by default, and follows heading-level', async () => {
    const element = await care('nb');
    expect(part(element, 'title').localName).to.equal('h2');
    expect(parts(element, 'section').every((section) => section.querySelector('h3'))).to.equal(true);
    element.headingLevel = '4';
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h4');
    expect(part(element, 'key-messages').querySelector('h5')).to.exist;
    expect(parts(element, 'section').every((section) => section.querySelector('h5'))).to.equal(true);
  });
});

describeWidgetConformance<RyggCareOptions>({
  tag: 'rygg-care-options',
  locales: LOCALES,
  defaults: { theme: 'light' },
  axe: { each: AUDIENCES.map((audience) => ({ audience })), with: [{}, { theme: 'dark' }, { topic: 'surgery' }] },
  ignored: [
    ['topic', 'mri', '"all"'],
    ['audience', 'doctor', '"patient"'],
    ['heading-level', '9', '2'],
  ],
  englishTitle: 'What health professionals can do for you',
  accent: {
    selector: '[part~="key-messages"]',
    property: 'border-inline-start-color',
    tokens: ['--rygg-color-accent', '--rygg-care-accent'],
  },
  narrow: [{ title: '', attributes: {} }],
  reservesHeight: true,
  privacy: { attributes: { lang: 'nn', audience: 'clinician' } },
  print: {
    attributes: { style: '--rygg-care-accent: rgb(200, 0, 0)' },
    check(element) {
      expect(getComputedStyle(part(element, 'key-messages')).borderInlineStartColor).to.equal('rgb(0, 0, 0)');
    },
  },
});

describe('<rygg-care-options>: keyboard', () => {
  it('takes no keyboard stop of its own: Tab goes from the control before it to the one after', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button><rygg-care-options lang="nb"></rygg-care-options
        ><button id="after">after</button>
      </div>`,
    );
    await wrapper.querySelector<RyggCareOptions>('rygg-care-options')!.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});

describe('<rygg-care-options>: themes and forced colours', () => {
  it('keeps the key messages framed by a border in forced colours', async () => {
    const element = await care('nb');
    await underMedia(element, 'forced-colors', () => {
      const style = getComputedStyle(part(element, 'key-messages'));
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
    });
  });
});
