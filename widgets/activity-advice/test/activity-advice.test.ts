import { expect, fixture, html } from '@open-wc/testing';
import { describeWidgetConformance, expectBlackOnWhite, part, parts, renderWidget, underMedia } from '@ryggrad/testing';
import { LOCALES, loadTopic, sourceLine } from '@ryggrad/content';
import type { ActivityContent, ActivityVariant, Locale, SourcedText } from '@ryggrad/content';
import '../src/define.js';
import type { RyggActivityAdvice } from '../src/activity-advice.js';
import { activityView } from '../src/view.js';

const VARIANTS: ActivityVariant[] = ['acute', 'long-lasting'];

/** The brochure's numbers each variant must show, exactly as the issue lists them. */
const FACTS: Record<ActivityVariant, string[]> = {
  acute: ['3–4', '4 g'],
  'long-lasting': ['4–6', '20–30', '6–8'],
};

/** Ordinary spaces for the no-break spaces a translation may use between a number and its unit. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function itemsOf(content: ActivityContent, variant: ActivityVariant): SourcedText[] {
  return activityView(content, variant).sections.flatMap((section) => [...section.items]);
}

function advice(lang: Locale, variant?: string, attributes: Record<string, string> = {}): Promise<RyggActivityAdvice> {
  return renderWidget<RyggActivityAdvice>('rygg-activity-advice', {
    lang,
    theme: 'light',
    ...(variant === undefined ? {} : { variant }),
    ...attributes,
  });
}

describe('<rygg-activity-advice>: content', () => {
  for (const lang of LOCALES) {
    for (const variant of VARIANTS) {
      it(`shows every ${variant} item and its numbers exactly in ${lang}`, async () => {
        const content = await loadTopic('activity', lang);
        const element = await advice(lang, variant);
        const view = activityView(content, variant);
        expect(part(element, 'title').textContent.trim()).to.equal(view.title);
        expect(part(element, 'base').getAttribute('lang')).to.equal(lang);

        // Every item, in order, exactly as the content package words it.
        const shown = [...element.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent.trim());
        const expected = itemsOf(content, variant);
        expect(shown).to.deep.equal(expected.map((item) => item.text));
        expect(part(element, 'base').textContent).to.contain(content.keyMessage.text);

        // The brochure's numbers: found in the content's own strings and shown in the item that holds them.
        for (const fact of FACTS[variant]) {
          const holder = expected.find((item) => plainSpaces(item.text).includes(fact));
          expect(holder, `no ${variant} item in ${lang} states "${fact}"`).to.exist;
          const rendered = element.shadowRoot!.querySelector(`li[data-item="${holder!.id}"]`);
          expect(rendered?.textContent.trim()).to.equal(holder!.text);
          expect(plainSpaces(rendered?.textContent ?? '')).to.contain(fact);
        }

        // The source line names the brochure, FORMI 2007 and the sections used.
        const source = part(element, 'source').textContent.trim();
        expect(source).to.equal(sourceLine(content.common, view.sourceSections));
        expect(source).to.contain(content.common.source.titleInLocale).and.contain('FORMI').and.contain('2007');
        for (const section of view.sourceSections) expect(source).to.contain(String(section));
      });
    }
  }

  it('draws on section 5 (and 7 for when to get help) for acute pain, and on sections 7 and 9 when it lasts', async () => {
    const content = await loadTopic('activity', 'nb');
    const acute = activityView(content, 'acute');
    const lasting = activityView(content, 'long-lasting');
    expect(acute.sections.map((section) => section.id)).to.deep.equal(['stay-active', 'painkillers']);
    expect(lasting.sections.map((section) => section.id)).to.deep.equal(['long-lasting', 'prevention']);
    expect(acute.sourceSections).to.deep.equal([5, 7]);
    expect(lasting.sourceSections).to.include.members([7, 9]);
  });
});

describe('<rygg-activity-advice>: plain text', () => {
  for (const lang of LOCALES) {
    for (const variant of VARIANTS) {
      it(`gives the title, every item and the source line in ${lang} (${variant})`, async () => {
        const content = await loadTopic('activity', lang);
        const element = await advice(lang, variant);
        const text = element.toPlainText();
        const view = activityView(content, variant);
        const lines = text.split('\n');
        expect(lines[0]).to.equal(view.title);
        expect(lines[1]).to.match(/^=+$/);
        expect(text).to.contain(content.keyMessage.text);
        for (const section of view.sections) expect(lines).to.include(section.heading);
        for (const item of itemsOf(content, variant)) expect(lines).to.include(`- ${item.text}`);
        expect(lines[lines.length - 1]).to.equal(sourceLine(content.common, view.sourceSections));
        expect(text).not.to.match(/<[a-z]/i); // no markup
      });
    }
  }
});

describe('<rygg-activity-advice>: attributes', () => {
  it('uses h2 for the title and h3 for the sections by default', async () => {
    const element = await advice('nb');
    expect(part(element, 'title').localName).to.equal('h2');
    const headings = parts(element, 'section').map((section) => section.querySelector('h1,h2,h3,h4,h5,h6')?.localName);
    expect(headings).to.deep.equal(['h3', 'h3']);
  });

  it('follows heading-level, with sections one level deeper', async () => {
    const element = await advice('nb', 'acute', { 'heading-level': '3' });
    expect(part(element, 'title').localName).to.equal('h3');
    expect(
      parts(element, 'section').map((section) => section.querySelector('h1,h2,h3,h4,h5,h6')?.localName),
    ).to.deep.equal(['h4', 'h4']);
    element.headingLevel = '6';
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h6');
    expect(
      parts(element, 'section').map((section) => section.querySelector('h1,h2,h3,h4,h5,h6')?.localName),
    ).to.deep.equal(['h6', 'h6']);
  });

  it('accepts the variant in any letter case, and switches at runtime', async () => {
    const element = await advice('nb', 'Long-Lasting');
    const content = await loadTopic('activity', 'nb');
    expect(part(element, 'title').textContent.trim()).to.equal(content.ui.titleLongLasting);
    element.variant = 'acute';
    await element.updateComplete;
    expect(part(element, 'title').textContent.trim()).to.equal(content.ui.title);
  });
});

describe('<rygg-activity-advice>: layout, themes and print', () => {
  it('puts the sections in two columns when it is wide, and stacks them when narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><rygg-activity-advice lang="nb"></rygg-activity-advice></div>`,
    );
    const element = wrapper.querySelector('rygg-activity-advice') as RyggActivityAdvice;
    await element.updateComplete;
    const [first, second] = parts(element, 'section');
    // The second section sits in the second column: right of the first section's heading.
    expect(second!.getBoundingClientRect().left).to.be.greaterThan(
      first!.querySelector('h3')!.getBoundingClientRect().right,
    );
    wrapper.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().bottom - 1);
  });

  it('uses the dark theme colours with theme="dark"', async () => {
    const element = await advice('nb', 'acute', { theme: 'dark' });
    expect(getComputedStyle(part(element, 'base')).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  for (const variant of VARIANTS) {
    it(`prints black on white on one A4 page (${variant})`, async () => {
      // 190 mm wide: A4 less the usual 10 mm print margins, at 96 px per inch.
      const element = await renderWidget<RyggActivityAdvice>(
        'rygg-activity-advice',
        { lang: 'nb', variant, theme: 'dark', style: '--rygg-advice-accent: rgb(200, 0, 0)' },
        718,
      );
      await underMedia(element, 'print', () => {
        const base = part(element, 'base');
        expectBlackOnWhite(base);
        const key = element.shadowRoot!.querySelector('.key-message')!;
        expect(getComputedStyle(key).borderInlineStartColor).to.equal('rgb(0, 0, 0)');
        expect(parseFloat(getComputedStyle(key).borderInlineStartWidth)).to.be.at.least(4);
        const heading = parts(element, 'section')[0]!.querySelector('h3')!;
        expect(getComputedStyle(heading).borderBottomColor).to.equal('rgb(0, 0, 0)');
        // 277 mm high: A4 less the margins.
        expect(base.getBoundingClientRect().height).to.be.at.most(1047);
      });
    });
  }
});

describeWidgetConformance<RyggActivityAdvice>({
  tag: 'rygg-activity-advice',
  locales: LOCALES,
  defaults: { theme: 'light' },
  axe: { each: VARIANTS.map((variant) => ({ variant })), with: [{}, { theme: 'dark' }] },
  badHeadingLevels: ['7', '0', 'two', '2.5'],
  fallbacks: [
    {
      title: 'an unknown variant, giving the acute advice',
      attributes: { variant: 'chronic' },
      words: ['variant', '"chronic"', '"acute"'],
      async check(element) {
        expect(element.resolvedVariant).to.equal('acute');
        expect(part(element, 'title').textContent.trim()).to.equal('When your back hurts: keep moving');
        expect(element.toPlainText()).to.equal((await advice('en', 'acute')).toPlainText());
      },
    },
  ],
  englishTitle: 'When your back hurts: keep moving',
  accent: {
    selector: '.key-message',
    property: 'border-inline-start-color',
    tokens: ['--rygg-color-accent', '--rygg-advice-accent'],
  },
  keyMessage: '.key-message',
  narrow: VARIANTS.map((variant) => ({ title: ` (${variant})`, attributes: { variant } })),
});
