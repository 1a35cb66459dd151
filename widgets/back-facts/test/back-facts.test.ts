import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeWidgetConformance, part, parts, renderWidget, underMedia } from '@ryggrad/testing';
import { LOCALES, loadAbout, loadCauses } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggBackFacts } from '../src/back-facts.js';
import { factsView, type FactsContent } from '../src/view.js';

async function load(locale: Locale): Promise<FactsContent> {
  const [causes, about] = await Promise.all([loadCauses(locale), loadAbout(locale)]);
  return { causes, about };
}

function facts(lang: Locale, attributes: Record<string, string> = {}): Promise<RyggBackFacts> {
  return renderWidget<RyggBackFacts>('rygg-back-facts', { lang, theme: 'light', ...attributes });
}

/** The drawn width of a bar as a share of its track (0–1). */
function drawnShare(rect: SVGRectElement): number {
  const track = rect.ownerSVGElement!.querySelector<SVGRectElement>('.track-bg')!;
  return rect.getBoundingClientRect().width / track.getBoundingClientRect().width;
}

describe('<rygg-back-facts>: content and chart', () => {
  for (const lang of LOCALES) {
    it(`shows every share as text in a table, drawn as a bar with its range as a band, in ${lang}`, async () => {
      const content = await load(lang);
      const element = await facts(lang);
      expect(part(element, 'title').textContent.trim()).to.equal(content.causes.ui.factsTitle);
      const table = part(element, 'chart');
      expect(table.localName).to.equal('table');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((row) => row.querySelector('th[scope="row"]')?.textContent.trim())).to.deep.equal(
        content.causes.types.map((type) => type.name),
      );
      rows.forEach((row, index) => {
        const type = content.causes.types[index]!;
        expect(row.querySelector('.share-value')?.textContent.trim()).to.equal(type.share);
        // The drawing is hidden from assistive technology: the text beside it says the same.
        const drawing = row.querySelector('svg')!;
        expect(drawing.getAttribute('aria-hidden')).to.equal('true');
        const solid = drawing.querySelector<SVGRectElement>('.solid')!;
        const band = drawing.querySelector<SVGRectElement>('.band')!;
        expect(drawnShare(solid)).to.be.closeTo(type.shareMin / 100, 0.01);
        expect(drawnShare(band)).to.be.closeTo((type.shareMax - type.shareMin) / 100, 0.01);
        expect(band.getBoundingClientRect().left).to.be.closeTo(solid.getBoundingClientRect().right, 1);
      });
    });

    it(`draws the course and says it in words, with how common and where to read more, in ${lang}`, async () => {
      const content = await load(lang);
      const element = await facts(lang);
      const timeline = part(element, 'timeline');
      const { ui } = content.causes;
      const rows = [...timeline.querySelectorAll<HTMLElement>('.course-rows li')];
      expect(rows.map((row) => row.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `${ui.courseAcute}: ${ui.courseWeeks}`,
        `${ui.courseNerveRoot}: ${ui.courseMonths}`,
        `${ui.courseRelapse}: ${ui.courseYears}`,
      ]);
      // Acute pain ends where nerve-root pain goes on; relapse is a band, not a bar.
      const [acute, nerveRoot, relapse] = rows.map((row) => row.querySelector('rect:not(.track-bg)')!);
      expect(drawnShare(acute as SVGRectElement)).to.be.closeTo(1 / 3, 0.01);
      expect(drawnShare(nerveRoot as SVGRectElement)).to.be.closeTo(2 / 3, 0.01);
      expect(relapse!.getAttribute('class')).to.equal('band');
      const recovery = [...timeline.querySelectorAll(':scope > ul:not(.course-rows) li')].map((li) =>
        li.textContent.trim(),
      );
      expect(recovery).to.deep.equal(content.causes.recovery.map((item) => item.text));
      const base = part(element, 'base').textContent.replace(/\s+/g, ' ');
      for (const item of content.about.prevalence) expect(base).to.contain(item.text);
      const links = [...element.shadowRoot!.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
        content.about.moreInfo.flatMap((link) => (link.url ? [link.url] : [])),
      );
      for (const link of links) expect(link.rel).to.contain('noopener');
      expect(part(element, 'source').textContent.trim()).to.equal(factsView(content, 'patient').source);
    });
  }

  it('gives the plain text of what it shows', async () => {
    const element = await facts('nn', { audience: 'clinician' });
    const text = element.toPlainText().replace(/[\u00a0\u202f]/g, ' ');
    for (const figure of [/85–90 ?%/, /5–10 ?%/, /1–5 ?%/, /1–2/, /15 ?%/]) expect(text).to.match(figure);
  });
});

describe('<rygg-back-facts>: attributes', () => {
  it('uses h2 for the title and h3 for the sections by default, and follows heading-level', async () => {
    const element = await facts('nb');
    expect(part(element, 'title').localName).to.equal('h2');
    expect(parts(element, 'section').map((section) => section.querySelector('h2,h3,h4,h5')?.localName)).to.deep.equal([
      'h3',
      'h3',
      'h3',
      'h3',
    ]);
    element.headingLevel = '5';
    await element.updateComplete;
    expect(part(element, 'title').localName).to.equal('h5');
    expect(parts(element, 'section').every((section) => section.querySelector('h6'))).to.equal(true);
  });
});

describeWidgetConformance<RyggBackFacts>({
  tag: 'rygg-back-facts',
  locales: LOCALES,
  defaults: { theme: 'light' },
  axe: { each: [{ audience: 'patient' }, { audience: 'clinician' }], with: [{}, { theme: 'dark' }] },
  ignored: [
    ['audience', 'nurse', '"patient"'],
    ['heading-level', 'big', '2'],
  ],
  englishTitle: 'Facts about back pain',
  accent: {
    selector: '.solid',
    property: 'fill',
    tokens: ['--rygg-color-accent', '--rygg-facts-accent', '--rygg-facts-bar'],
  },
  narrow: [{ title: '', attributes: {} }],
  reservesHeight: true,
  privacy: { attributes: { lang: 'nb', audience: 'clinician' } },
  print: {
    attributes: { style: '--rygg-facts-accent: rgb(200, 0, 0)' },
    check(element) {
      // The bars too.
      expect(getComputedStyle(element.shadowRoot!.querySelector('.solid')!).fill).to.equal('rgb(0, 0, 0)');
    },
  },
});

describe('<rygg-back-facts>: keyboard', () => {
  it('reaches its links with Tab, in reading order, and nothing else', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button><rygg-back-facts lang="en"></rygg-back-facts
        ><button id="after">after</button>
      </div>`,
    );
    const element = wrapper.querySelector<RyggBackFacts>('rygg-back-facts')!;
    await element.updateComplete;
    const links = [...element.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(link);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});

describe('<rygg-back-facts>: themes and forced colours', () => {
  it('tells bars from bands by outline in forced colours, in system colours', async () => {
    const element = await facts('nb');
    const solid = element.shadowRoot!.querySelector('.solid')!;
    const band = element.shadowRoot!.querySelector('.band')!;
    await underMedia(element, 'forced-colors', () => {
      expect(getComputedStyle(solid).fill).not.to.equal(getComputedStyle(band).fill);
      expect(getComputedStyle(band).strokeDasharray).not.to.equal('none');
    });
  });
});
