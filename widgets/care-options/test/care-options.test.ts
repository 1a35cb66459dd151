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
import { LOCALES, loadTreatment } from '@ryggrad/content';
import type { Locale } from '@ryggrad/content';
import '../src/define.js';
import type { RyggCareOptions } from '../src/care-options.js';
import { careView, type CareAudience } from '../src/view.js';

const AUDIENCES: CareAudience[] = ['patient', 'clinician'];

function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no ${name} part`);
  return found;
}

function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

async function care(
  lang: Locale,
  extra: Partial<{ audience: string; topic: string; headingLevel: string; theme: string }> = {},
): Promise<RyggCareOptions> {
  const element = await fixture<RyggCareOptions>(
    html`<rygg-care-options
      lang=${lang}
      audience=${extra.audience ?? ''}
      topic=${extra.topic ?? ''}
      heading-level=${extra.headingLevel ?? ''}
      theme=${extra.theme ?? 'light'}
    ></rygg-care-options>`,
  );
  await element.updateComplete;
  return element;
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

  it('follows a change of language at runtime', async () => {
    const element = await care('nb');
    element.lang = 'en';
    await element.updateComplete;
    expect(part(element, 'title').textContent.trim()).to.equal((await loadTreatment('en')).ui.title);
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

  it('is empty before the content has loaded', () => {
    expect(document.createElement('rygg-care-options').toPlainText()).to.equal('');
  });
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

  const bad: [string, Partial<{ audience: string; topic: string; headingLevel: string }>, string][] = [
    ['topic', { topic: 'mri' }, '"all"'],
    ['audience', { audience: 'doctor' }, '"patient"'],
    ['heading-level', { headingLevel: '9' }, '2'],
  ];
  for (const [name, attributes, fallback] of bad) {
    it(`falls back with one warning for a bad ${name}`, async () => {
      const log = captureConsole();
      const thrown = captureThrown();
      try {
        const element = await care('en', attributes);
        element.requestUpdate();
        await element.updateComplete;
        element.toPlainText();
        expect(element.toPlainText()).to.equal((await care('en')).toPlainText());
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

describe('<rygg-care-options>: accessibility, keyboard and privacy', () => {
  for (const lang of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`is axe clean in ${lang} (${audience}), light and dark, whole and with one topic`, async () => {
        await expectAxeClean(await care(lang, { audience }), `${lang} ${audience}`);
        await expectAxeClean(await care(lang, { audience, theme: 'dark' }), `${lang} ${audience} dark`);
        await expectAxeClean(await care(lang, { audience, topic: 'surgery' }), `${lang} ${audience} surgery`);
      });
    }
  }

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

  it('stores nothing and asks no other origin for anything', async () => {
    const before = await storageSnapshot();
    const element = await care('nn', { audience: 'clinician' });
    element.toPlainText();
    element.remove();
    expect(await storageSnapshot()).to.deep.equal(before);
    expect(foreignOrigins()).to.deep.equal([]);
  });
});

describe('<rygg-care-options>: layout, themes and print', () => {
  afterEach(resetMedia);

  it('has no horizontal overflow at 280 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><rygg-care-options lang="nb"></rygg-care-options></div>`,
    );
    const element = wrapper.querySelector<RyggCareOptions>('rygg-care-options')!;
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
          html`<div style=${`width: ${column}px`}><rygg-care-options lang="nb"></rygg-care-options></div>`,
        );
        const element = wrapper.querySelector<RyggCareOptions>('rygg-care-options')!;
        await element.updateComplete;
        // Within a fifth of the final height either way: a small shift, not a jump from nothing.
        expect(reservedHeightGap(element)).to.be.below(0.2);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('reads its accent from --rygg-care-accent, falling back to --rygg-color-accent', async () => {
    const element = await care('nb');
    const key = part(element, 'key-messages');
    element.style.setProperty('--rygg-color-accent', 'rgb(0, 100, 0)');
    expect(getComputedStyle(key).borderInlineStartColor).to.equal('rgb(0, 100, 0)');
    element.style.setProperty('--rygg-care-accent', 'rgb(120, 0, 60)');
    expect(getComputedStyle(key).borderInlineStartColor).to.equal('rgb(120, 0, 60)');
  });

  it('keeps the key messages framed by a border in forced colours', async () => {
    const element = await care('nb');
    // Where the browser cannot emulate this, apply the element's own @media rules to check what they give.
    const restore = (await emulateMedia([{ name: 'forced-colors', value: 'active' }]))
      ? undefined
      : applyMediaRules(element, 'forced-colors: active');
    try {
      const style = getComputedStyle(part(element, 'key-messages'));
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
    } finally {
      restore?.();
    }
  });

  it('prints black on white', async () => {
    const element = await care('nb', { theme: 'dark' });
    element.style.setProperty('--rygg-care-accent', 'rgb(200, 0, 0)');
    const restore = (await emulateMedia([], 'print')) ? undefined : applyMediaRules(element, 'print');
    try {
      const base = part(element, 'base');
      expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(element, 'key-messages')).borderInlineStartColor).to.equal('rgb(0, 0, 0)');
    } finally {
      restore?.();
    }
  });
});
