import { expect, fixture, html } from '@open-wc/testing';
import { captureConsole, emulateMedia, expectAxeClean, resetMedia, applyMediaRules } from '@ryggrad/testing';
import { defineElement } from '../src/define.js';
import type { Locale } from '../src/locale.js';
import { preload, preloaded, remember } from '../src/preloaded.js';
import { RyggElement } from '../src/ryggrad-element.js';
import { VERSION } from '../src/version.js';
import './sample-element.js';
import type { SampleElement } from './sample-element.js';

function greeting(element: SampleElement): string {
  return element.shadowRoot?.querySelector('.greeting')?.textContent ?? '';
}

function base(element: Element): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!found) throw new Error('no base part');
  return found;
}

/** Runs `check` with the console captured, and gives the console back whatever happens. */
async function withConsole(check: (log: ReturnType<typeof captureConsole>) => Promise<void> | void): Promise<void> {
  const log = captureConsole();
  try {
    await check(log);
  } finally {
    log.restore();
  }
}

/** A sample element given `settings` before it connects (a failing load must be set up first), rendered. */
async function connectedSample(settings: Partial<SampleElement>): Promise<SampleElement> {
  const element = Object.assign(document.createElement('rygg-sample'), settings);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('RyggElement: language', () => {
  let documentLang: string | null;
  beforeEach(() => {
    documentLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('uses its own lang attribute', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="nn"></rygg-sample>`);
    expect(greeting(element)).to.equal('Hei, rygg (nynorsk)');
    expect(base(element).getAttribute('lang')).to.equal('nn');
  });

  it("uses the nearest ancestor's lang when it has none", async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB">
        <section lang="de">
          <div lang="nn-NO"><rygg-sample></rygg-sample></div>
        </section>
      </div>`,
    );
    const element = wrapper.querySelector('rygg-sample') as SampleElement;
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hei, rygg (nynorsk)');
  });

  it("finds an ancestor's lang across a shadow root", async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const element = document.createElement('rygg-sample');
    inner.append(element);
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hello, back');
  });

  it("falls back to the document's language", async () => {
    document.documentElement.setAttribute('lang', 'en');
    const element = await fixture<SampleElement>(html`<rygg-sample></rygg-sample>`);
    expect(greeting(element)).to.equal('Hello, back');
  });

  it('shows bokmål when no language is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const element = await fixture<SampleElement>(html`<rygg-sample></rygg-sample>`);
    expect(greeting(element)).to.equal('Hei, rygg');
  });

  it('re-renders when lang changes at runtime, and loads only the locales used', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="nb"></rygg-sample>`);
    expect(greeting(element)).to.equal('Hei, rygg');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hello, back');
    element.lang = 'nn';
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hei, rygg (nynorsk)');
    expect(element.loads).to.deep.equal(['nb', 'en', 'nn']);
  });

  it("follows a change of an ancestor's or the document's lang", async () => {
    const wrapper = await fixture(html`<div lang="nb"><rygg-sample></rygg-sample></div>`);
    const element = wrapper.querySelector('rygg-sample') as SampleElement;
    await element.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the MutationObserver run
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hello, back');
  });

  it('warns once and falls back for an unsupported language', () =>
    withConsole(async (log) => {
      const element = await fixture<SampleElement>(html`<rygg-sample lang="de-DE"></rygg-sample>`);
      element.requestUpdate();
      await element.updateComplete;
      expect(greeting(element)).to.equal('Hello, back');
      const sami = await fixture<SampleElement>(html`<rygg-sample lang="se-NO"></rygg-sample>`);
      expect(greeting(sami)).to.equal('Hei, rygg');
      expect(log.warnings.filter((line) => line.includes('"de-DE"'))).to.have.length(1);
      expect(log.warnings.filter((line) => line.includes('"se-NO"'))).to.have.length(1);
      expect(log.warnings[0]).to.contain('[ryggrad]').and.contain('Supported: nb, nn, en');
    }));
});

describe('RyggElement: registration', () => {
  it('has a static version equal to the package version', async () => {
    expect(RyggElement.version).to.equal(VERSION);
    const response = await fetch('/packages/ryggrad/package.json');
    const manifest = (await response.json()) as { version: string };
    expect(VERSION).to.equal(manifest.version);
  });

  it('warns once, naming both versions, when a second copy defines the same tag', () => {
    class FirstCopy extends HTMLElement {
      static version = '1.0.0';
    }
    class SecondCopy extends HTMLElement {
      static version = '2.1.0';
    }
    return withConsole((log) => {
      expect(defineElement('rygg-guard-test', FirstCopy)).to.equal('defined');
      expect(() => defineElement('rygg-guard-test', SecondCopy)).not.to.throw();
      expect(defineElement('rygg-guard-test', FirstCopy)).to.equal('already-defined');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('1.0.0').and.contain('2.1.0').and.contain('<rygg-guard-test>');
      expect(customElements.get('rygg-guard-test')).to.equal(FirstCopy);
    });
  });

  it('registers the same class under a second tag without throwing', () => {
    class Reused extends HTMLElement {
      static version = '1.0.0';
    }
    expect(defineElement('rygg-reused-a', Reused)).to.equal('defined');
    expect(defineElement('rygg-reused-b', Reused)).to.equal('defined');
    expect(document.createElement('rygg-reused-b')).to.be.instanceOf(Reused);
  });
});

describe('RyggElement: theming', () => {
  afterEach(resetMedia);

  it('reads host tokens inside the shadow root, and falls back to its defaults', async () => {
    const plain = await fixture<SampleElement>(html`<rygg-sample></rygg-sample>`);
    expect(getComputedStyle(base(plain)).color).to.equal('rgb(27, 31, 35)');
    const wrapper = await fixture(
      html`<div style="--rygg-color-text: rgb(1, 2, 3); --rygg-color-accent: rgb(200, 0, 100)">
        <rygg-sample></rygg-sample>
      </div>`,
    );
    const themed = wrapper.querySelector('rygg-sample') as SampleElement;
    await themed.updateComplete;
    expect(getComputedStyle(base(themed)).color).to.equal('rgb(1, 2, 3)');
    const link = themed.shadowRoot?.querySelector('.link') as HTMLElement;
    expect(getComputedStyle(link).color).to.equal('rgb(200, 0, 100)');
  });

  it('switches to dark defaults with theme="dark" and keeps host tokens', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample theme="dark"></rygg-sample>`);
    expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(base(element)).color).to.equal('rgb(238, 241, 244)');
    expect(getComputedStyle(base(element)).colorScheme).to.equal('dark');
    element.style.setProperty('--rygg-color-surface', 'rgb(0, 0, 80)');
    expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(0, 0, 80)');
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample theme="auto"></rygg-sample>`);
    if (await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }])) {
      expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(22, 25, 29)');
      await emulateMedia([{ name: 'prefers-color-scheme', value: 'light' }]);
      expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
    }
    // Either way, the base leaves the choice to the reader's system (light-dark() follows it).
    expect(getComputedStyle(base(element)).colorScheme).to.equal('light dark');
  });

  it('falls back to light with one warning for an unknown theme', () =>
    withConsole(async (log) => {
      const element = await fixture<SampleElement>(html`<rygg-sample theme="purple"></rygg-sample>`);
      element.requestUpdate();
      await element.updateComplete;
      expect(base(element).dataset.theme).to.equal('light');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('"purple"');
    }));

  it('uses system colours in forced-colours mode', async () => {
    const element = await fixture<SampleElement>(
      html`<rygg-sample theme="dark" style="--rygg-color-text: rgb(1, 2, 3)"></rygg-sample>`,
    );
    // Where the browser cannot emulate this, apply the element's own @media rules to check what they give.
    const restore = (await emulateMedia([{ name: 'forced-colors', value: 'active' }]))
      ? undefined
      : applyMediaRules(element, 'forced-colors: active');
    try {
      // CanvasText as the element's colour scheme resolves it.
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      base(element).append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(base(element)).color).to.equal(canvasText);
    } finally {
      restore?.();
    }
  });

  it('sizes text in px so a host html { font-size: 62.5% } cannot shrink it', async () => {
    const style = document.createElement('style');
    style.textContent =
      'html { font-size: 62.5% !important; } body { font-size: 1rem; line-height: 0.5; letter-spacing: 4px; }';
    document.head.append(style);
    try {
      const element = await fixture<SampleElement>(html`<rygg-sample></rygg-sample>`);
      const paragraph = element.shadowRoot?.querySelector('.greeting') as HTMLElement;
      expect(getComputedStyle(paragraph).fontSize).to.equal('16px');
      expect(getComputedStyle(paragraph).letterSpacing).to.be.oneOf(['normal', '0px']);
      element.style.setProperty('--rygg-font-size', '20px');
      expect(getComputedStyle(paragraph).fontSize).to.equal('20px');
    } finally {
      style.remove();
    }
  });
});

describe('RyggElement: preloaded content', () => {
  // A loader of its own, so preloading it cannot change what other tests' elements load.
  const loadGreeting = (locale: Locale) => Promise.resolve({ greeting: `Preloaded ${locale}` });
  class PreloadingSample extends (customElements.get('rygg-sample') as typeof SampleElement) {
    protected override preloadedContent(locale: Locale) {
      return preloaded(loadGreeting, locale);
    }
  }
  PreloadingSample.define('rygg-sample-preloading');

  it('renders preloaded content without loading it, and loads a language that was not preloaded', async () => {
    expect(preloaded(loadGreeting, 'en')).to.equal(undefined);
    await preload(loadGreeting, 'en');
    const element = await fixture<SampleElement>(html`<rygg-sample-preloading lang="en"></rygg-sample-preloading>`);
    expect(greeting(element)).to.equal('Preloaded en');
    expect(element.loads).to.deep.equal([]);

    element.lang = 'nn';
    await element.updateComplete;
    expect(greeting(element)).to.equal('Hei, rygg (nynorsk)');
    expect(element.loads).to.deep.equal(['nn']);
  });

  it('renders words a bundle already holds in its first update, once they are remembered', async () => {
    remember(loadGreeting, 'nb', { greeting: 'Remembered nb' });
    const element = document.createElement('rygg-sample-preloading') as SampleElement;
    element.lang = 'nb';
    document.body.append(element);
    try {
      // Lit's first update runs in a microtask: nothing in between may load.
      await Promise.resolve();
      await Promise.resolve();
      expect(greeting(element)).to.equal('Remembered nb');
      expect(element.loads).to.deep.equal([]);
    } finally {
      element.remove();
    }
  });
});

describe('RyggElement: optional content', () => {
  const note = (element: SampleElement) => element.shadowRoot?.querySelector('.note')?.textContent ?? '';

  it('loads optional content only when the widget asks for it, once per language, and renders it', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="en"></rygg-sample>`);
    await element.updateComplete;
    expect(element.noteLoads).to.deep.equal([]);
    expect(note(element)).to.equal('');

    element.withNote = true;
    await element.updateComplete;
    expect(note(element)).to.equal('Note');
    element.requestUpdate();
    await element.updateComplete;
    expect(element.noteLoads).to.deep.equal(['en']);

    element.lang = 'nn';
    await element.updateComplete;
    expect(note(element)).to.equal('Notat (nynorsk)');
    expect(element.noteLoads).to.deep.equal(['en', 'nn']);
  });
});

describe('RyggElement: code on demand', () => {
  const shown = (element: SampleElement, selector: string) =>
    element.shadowRoot?.querySelector(selector)?.textContent ?? '';

  it('imports nothing until started, then once, and renders it after updateComplete', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="en"></rygg-sample>`);
    await element.updateComplete;
    expect(element.partImports).to.equal(0);
    element.extraPart.start();
    element.extraPart.start();
    await element.updateComplete;
    expect(shown(element, '.part')).to.equal('Part loaded');
    element.extraPart.start();
    await element.updateComplete;
    expect(element.partImports).to.equal(1);
  });

  it("adopts the part's styles when its code arrives, once, after the element's own", async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="en"></rygg-sample>`);
    const sheets = () => element.shadowRoot!.adoptedStyleSheets;
    const own = sheets().length;
    element.extraPart.start();
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(sheets()).to.have.length(own + 1);
    expect(sheets()[own]?.cssRules[0]?.cssText).to.contain('.part');
    const part = element.shadowRoot!.querySelector('.part')!;
    expect(getComputedStyle(part).outlineColor).to.equal('rgb(1, 2, 3)');
  });

  it('keeps the problem for the widget to show, logs it once, and tries again when started again', () =>
    withConsole(async (log) => {
      const element = await fixture<SampleElement>(html`<rygg-sample lang="en"></rygg-sample>`);
      element.failNextPart = 'chunk missing';
      element.extraPart.start();
      await element.updateComplete;
      expect(shown(element, '.part-problem')).to.equal('chunk missing');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('<rygg-sample> could not load the sample part: chunk missing');
      element.extraPart.start();
      await element.updateComplete;
      expect(shown(element, '.part')).to.equal('Part loaded');
      expect(element.extraPart.problem).to.equal(undefined);
      expect(element.partImports).to.equal(2);
    }));
});

describe('RyggElement: errors', () => {
  /**
   * What goes wrong, how the element is set up before it connects (and `then` asked), and the
   * words of its error box and of the one error it logs.
   */
  const FAILURES: {
    what: string;
    settings: Partial<SampleElement>;
    then?: (element: SampleElement) => void;
    shows: string[];
    logs: string;
  }[] = [
    {
      what: 'content fails to load',
      settings: { failNextLoad: 'network said no', lang: 'en' },
      shows: ['The content could not be loaded.', 'network said no'],
      logs: '<rygg-sample> could not load its content: network said no',
    },
    {
      what: 'optional content fails to load',
      settings: { lang: 'en', failNextNote: 'note is gone', withNote: true },
      shows: ['note is gone'],
      logs: 'note is gone',
    },
    {
      what: 'the configuration is wrong, in its language',
      settings: { lang: 'nn' },
      then: (element) => {
        element.reportBrokenConfig('rules.flags must be an array');
      },
      shows: ['Oppsettet av denne boksen har ein feil.', 'rules.flags must be an array'],
      logs: 'rules.flags must be an array',
    },
  ];

  for (const { what, settings, then, shows, logs } of FAILURES) {
    it(`renders a readable message in its own box and logs one error when ${what}`, () =>
      withConsole(async (log) => {
        const element = await connectedSample(settings);
        then?.(element);
        await element.updateComplete;
        const alert = element.shadowRoot?.querySelector('[role="alert"]')?.textContent;
        for (const words of shows) expect(alert).to.contain(words);
        expect(log.errors).to.have.length(1);
        expect(log.errors[0]).to.contain(logs);
        element.remove();
      }));
  }

  it('recovers when a later language loads', () =>
    withConsole(async () => {
      const element = await connectedSample({ failNextLoad: 'offline' });
      expect(element.shadowRoot?.querySelector('[role="alert"]')).to.exist;
      element.lang = 'en';
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
      expect(greeting(element)).to.equal('Hello, back');
      element.remove();
    }));
});

describe('RyggElement: accessibility and plain text', () => {
  for (const lang of ['nb', 'nn', 'en']) {
    it(`is axe clean (WCAG 2.2 AA) in ${lang}, light and dark`, async () => {
      const light = await fixture<SampleElement>(html`<rygg-sample lang=${lang}></rygg-sample>`);
      await expectAxeClean(light);
      const dark = await fixture<SampleElement>(html`<rygg-sample lang=${lang} theme="dark"></rygg-sample>`);
      await expectAxeClean(dark);
    });
  }

  it('gives its content as plain text in its language', async () => {
    const element = await fixture<SampleElement>(html`<rygg-sample lang="en"></rygg-sample>`);
    expect(element.toPlainText()).to.equal('Hello, back');
  });
});
