import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  captureConsole,
  captureThrown,
  emulateMedia,
  expectAxeClean,
  foreignOrigins,
  reservedHeightGap,
  resetMedia,
  applyMediaRules,
  storageSnapshot,
} from '@ryggrad/testing';
import { LOCALES, loadAbout, loadCauses } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggBackFacts } from '../src/back-facts.js';
import { factsView, type FactsAudience, type FactsContent } from '../src/view.js';

const AUDIENCES: FactsAudience[] = ['patient', 'clinician'];

function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no ${name} part`);
  return found;
}

function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

async function load(locale: Locale): Promise<FactsContent> {
  const [causes, about] = await Promise.all([loadCauses(locale), loadAbout(locale)]);
  return { causes, about };
}

async function facts(
  lang: Locale,
  extra: Partial<{ audience: string; headingLevel: string; theme: string }> = {},
): Promise<RyggBackFacts> {
  const element = await fixture<RyggBackFacts>(
    html`<rygg-back-facts
      lang=${lang}
      audience=${extra.audience ?? ''}
      heading-level=${extra.headingLevel ?? ''}
      theme=${extra.theme ?? 'light'}
    ></rygg-back-facts>`,
  );
  await element.updateComplete;
  return element;
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

  it('follows a change of language at runtime', async () => {
    const element = await facts('nb');
    element.lang = 'en';
    await element.updateComplete;
    expect(part(element, 'title').textContent.trim()).to.equal((await load('en')).causes.ui.factsTitle);
  });

  it('gives the plain text of what it shows, and nothing before the content has loaded', async () => {
    expect(document.createElement('rygg-back-facts').toPlainText()).to.equal('');
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

  const bad: [string, Partial<{ audience: string; headingLevel: string }>, string][] = [
    ['audience', { audience: 'nurse' }, '"patient"'],
    ['heading-level', { headingLevel: 'big' }, '2'],
  ];
  for (const [name, attributes, fallback] of bad) {
    it(`falls back with one warning for a bad ${name}`, async () => {
      const log = captureConsole();
      const thrown = captureThrown();
      try {
        const element = await facts('en', attributes);
        element.requestUpdate();
        await element.updateComplete;
        element.toPlainText();
        expect(element.toPlainText()).to.equal((await facts('en')).toPlainText());
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('[ryggrad]').and.contain(name).and.contain(fallback);
        expect(thrown.thrown).to.deep.equal([]);
      } finally {
        log.restore();
        thrown.restore();
      }
    });
  }
});

describe('<rygg-back-facts>: accessibility, keyboard and privacy', () => {
  for (const lang of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`is axe clean in ${lang} (${audience}), light and dark`, async () => {
        await expectAxeClean(await facts(lang, { audience }), `${lang} ${audience}`);
        await expectAxeClean(await facts(lang, { audience, theme: 'dark' }), `${lang} ${audience} dark`);
      });
    }
  }

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

  it('stores nothing and asks no other origin for anything', async () => {
    const before = await storageSnapshot();
    const element = await facts('nb', { audience: 'clinician' });
    element.toPlainText();
    element.remove();
    expect(await storageSnapshot()).to.deep.equal(before);
    expect(foreignOrigins()).to.deep.equal([]);
  });
});

describe('<rygg-back-facts>: layout, themes and print', () => {
  afterEach(resetMedia);

  it('has no horizontal overflow at 280 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><rygg-back-facts lang="nb"></rygg-back-facts></div>`,
    );
    const element = wrapper.querySelector<RyggBackFacts>('rygg-back-facts')!;
    await element.updateComplete;
    const base = part(element, 'base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });

  // The column widths the themes' figures are measured in: 720 px, and a phone below 600 px.
  for (const [viewport, column] of [
    [800, 720],
    [360, 360],
  ] as const) {
    it(`reserves about the height it will have while loading, in a ${column} px column`, async () => {
      await setViewport({ width: viewport, height: 700 });
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style=${`width: ${column}px`}><rygg-back-facts lang="nb"></rygg-back-facts></div>`,
        );
        const element = wrapper.querySelector<RyggBackFacts>('rygg-back-facts')!;
        await element.updateComplete;
        // Within a fifth of the final height either way: a small shift, not a jump from nothing.
        expect(reservedHeightGap(element)).to.be.below(0.2);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('draws its bars in --rygg-facts-bar, falling back to --rygg-facts-accent and --rygg-color-accent', async () => {
    const element = await facts('nb');
    const solid = element.shadowRoot!.querySelector('.solid')!;
    element.style.setProperty('--rygg-color-accent', 'rgb(0, 100, 0)');
    expect(getComputedStyle(solid).fill).to.equal('rgb(0, 100, 0)');
    element.style.setProperty('--rygg-facts-accent', 'rgb(120, 0, 60)');
    expect(getComputedStyle(solid).fill).to.equal('rgb(120, 0, 60)');
    element.style.setProperty('--rygg-facts-bar', 'rgb(10, 20, 30)');
    expect(getComputedStyle(solid).fill).to.equal('rgb(10, 20, 30)');
  });

  it('tells bars from bands by outline in forced colours, in system colours', async () => {
    const element = await facts('nb');
    const solid = element.shadowRoot!.querySelector('.solid')!;
    const band = element.shadowRoot!.querySelector('.band')!;
    const restore = (await emulateMedia([{ name: 'forced-colors', value: 'active' }]))
      ? undefined
      : applyMediaRules(element, 'forced-colors: active');
    try {
      expect(getComputedStyle(solid).fill).not.to.equal(getComputedStyle(band).fill);
      expect(getComputedStyle(band).strokeDasharray).not.to.equal('none');
    } finally {
      restore?.();
    }
  });

  it('prints black on white, bars included', async () => {
    const element = await facts('nb', { theme: 'dark' });
    element.style.setProperty('--rygg-facts-accent', 'rgb(200, 0, 0)');
    const restore = (await emulateMedia([], 'print')) ? undefined : applyMediaRules(element, 'print');
    try {
      const base = part(element, 'base');
      expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(element.shadowRoot!.querySelector('.solid')!).fill).to.equal('rgb(0, 0, 0)');
    } finally {
      restore?.();
    }
  });
});
