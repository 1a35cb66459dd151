/**
 * What every Ryggrad widget promises, checked the same way for each: axe clean in every language and
 * configuration, a bad attribute falls back with one warning and throws nothing, no plain text
 * before the content, a change of language followed at runtime, no sideways scrolling in a narrow
 * column, the reserved height while loading, nothing stored or fetched from elsewhere, black on white
 * in print. `describeWidgetConformance` runs the cases a widget's options ask for; the helpers below
 * serve its own tests too.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  applyMediaRules,
  captureConsole,
  captureThrown,
  emulateMedia,
  expectAxeClean,
  foreignOrigins,
  nextFrame,
  reservedHeightGap,
  resetMedia,
  storageSnapshot,
} from './index.js';

/** Attributes to render a widget with: a string is set as it is, `true` as an empty attribute, `false` left out. */
export type Attributes = Readonly<Record<string, string | boolean>>;

/** A widget as these checks use it: a Lit element with `toPlainText()`. */
export interface Widget extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  toPlainText(): string;
}

/** The element in the widget's shadow root with this part name; fails when there is none. */
export function part(element: Element, name: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no ${name} part`);
  return found;
}

/** Every element in the widget's shadow root with this part name, in document order. */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/**
 * Renders `<tag>` (or an element made but not yet on the page) with these attributes in a fixture,
 * inside a block `width` px wide when given, and waits until it has rendered its content.
 */
export async function renderWidget<E extends Widget>(
  widget: string | E,
  attributes: Attributes = {},
  width?: number,
): Promise<E> {
  const element = typeof widget === 'string' ? (document.createElement(widget) as E) : widget;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  await fixture(html`<div style=${width === undefined ? '' : `width: ${width}px`}>${element}</div>`);
  await element.updateComplete;
  return element;
}

/**
 * Runs `check` with the element's styles for print or forced colours: emulated where the browser can,
 * else with the element's own `@media` rules applied, so the check reads what they give.
 */
export async function underMedia(
  element: Element,
  media: 'print' | 'forced-colors',
  check: () => void | Promise<void>,
): Promise<void> {
  const emulated =
    media === 'print'
      ? await emulateMedia([], 'print')
      : await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
  const restore = emulated
    ? undefined
    : applyMediaRules(element, media === 'print' ? 'print' : 'forced-colors: active');
  try {
    await check();
  } finally {
    if (restore) restore();
    else await resetMedia();
  }
}

/**
 * Runs `run` with the console recorded, then checks that nothing reached the page as an uncaught
 * error or rejection: a widget reports its problems, it never throws them into its host page.
 */
export async function throwsNothing(run: (log: ReturnType<typeof captureConsole>) => Promise<void>): Promise<void> {
  const log = captureConsole();
  const page = captureThrown();
  try {
    await run(log);
    await nextFrame();
    expect(page.thrown).to.deep.equal([]);
  } finally {
    log.restore();
    page.restore();
  }
}

/** Text in black on a white background, as every widget prints whatever its theme. */
export function expectBlackOnWhite(node: Element): void {
  expect(getComputedStyle(node).color).to.equal('rgb(0, 0, 0)');
  expect(getComputedStyle(node).backgroundColor).to.equal('rgb(255, 255, 255)');
}

/** Distinct colours for the custom properties of an accent, from the most general to the most specific. */
const ACCENT_COLOURS = ['rgb(0, 100, 0)', 'rgb(120, 0, 60)', 'rgb(10, 20, 30)'];

/**
 * Sets the custom properties on the element one after another, most general first, and checks that
 * the style property of `target` takes each as it is set: the more specific one wins.
 */
export function expectAccentChain(element: HTMLElement, target: Element, property: string, tokens: string[]): void {
  tokens.forEach((token, index) => {
    element.style.setProperty(token, ACCENT_COLOURS[index]!);
    expect(getComputedStyle(target).getPropertyValue(property), token).to.equal(ACCENT_COLOURS[index]);
  });
}

/** A key message set apart by a real border of at least 4 px and bold text, not by colour alone. */
export function expectKeyMessageBorder(key: Element): void {
  const style = getComputedStyle(key);
  expect(style.borderInlineStartStyle).to.equal('solid');
  expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
  expect(style.fontWeight).to.equal('700');
}

/**
 * Stands between a widget and the import of code it loads on demand: counts the imports, holds them
 * back until `holdBack()`'s release is called, or fails them with `failWith` as a broken network would.
 */
export class ImportGate {
  imports = 0;
  failWith: Error | undefined;
  private hold: Promise<unknown> = Promise.resolve();

  pass<T>(load: () => Promise<T>): Promise<T> {
    this.imports += 1;
    if (this.failWith) return Promise.reject(this.failWith);
    return this.hold.then(load);
  }

  /** Holds every import from now on until the returned function is called. */
  holdBack(): () => void {
    let release = (): void => undefined;
    this.hold = new Promise<void>((resolve) => (release = resolve));
    return release;
  }
}

/** An attribute value the widget does not know: the words its one warning names, and what it shows instead. */
export interface Fallback<E extends Widget> {
  /** Finishes "falls back with one warning for …". */
  title: string;
  attributes: Attributes;
  words: string[];
  check?(element: E): void | Promise<void>;
}

/** What a widget in a column too narrow for it must still do. */
export interface NarrowCase<E extends Widget> {
  /** Finishes "has no horizontal overflow at 280 px", e.g. " (checklist on)". */
  title: string;
  attributes: Attributes;
  check?(element: E): void | Promise<void>;
}

export interface ConformanceOptions<E extends Widget> {
  tag: string;
  locales: readonly string[];
  /** Attributes every rendering gets unless a case sets them, e.g. `{ theme: 'light' }`. */
  defaults?: Attributes;
  /**
   * Axe in every language: one test for each configuration in `each`, rendered with each set in
   * `with` added (by default once as it is). A widget whose states come from answers, not attributes,
   * checks them in its own tests.
   */
  axe?: { each: Attributes[]; with?: Attributes[] };
  /** Bad attribute values, each rendered in English. */
  fallbacks?: Fallback<E>[];
  /**
   * Bad values that change nothing shown, as [attribute, value, what the warning names instead]: the
   * plain text is the default's.
   */
  ignored?: [string, string, string][];
  /** Bad heading-level values, each giving an h2 title. */
  badHeadingLevels?: string[];
  /** The widget's English title, which it must show after its `lang` changes from bokmål. */
  englishTitle: string;
  /** The configurations checked at 280 px, in bokmål (a widget with a layout test of its own gives none). */
  narrow?: NarrowCase<E>[];
  /** Whether the height reserved while loading is checked in a 720 px column and on a 360 px phone. */
  reservesHeight?: boolean;
  /** What a reader does with the widget while its storage and requests are watched. */
  privacy?: { attributes: Attributes; use?(element: E): void | Promise<void> };
  /** The custom properties of its accent, most general first, and the style they set on `selector`. */
  accent?: { selector: string; property: string; tokens: string[] };
  /** The selector of a key message set apart by a border and bold text, on screen and in forced colours. */
  keyMessage?: string;
  /** The print check: rendered in bokmål in the dark theme, then black on white; `check` adds the widget's own. */
  print?: { attributes?: Attributes; check?(element: E): void | Promise<void> };
}

/**
 * The conformance cases every Ryggrad widget shares, in one `describe` block per widget; each case
 * names what it checks so a failure reads the same in every widget.
 */
export function describeWidgetConformance<E extends Widget>(options: ConformanceOptions<E>): void {
  const { tag, defaults = {} } = options;
  const render = (attributes: Attributes, width?: number): Promise<E> =>
    renderWidget<E>(tag, { ...defaults, ...attributes }, width);

  describe(`<${tag}>: conformance`, () => {
    const { axe } = options;
    const named = (attributes: Attributes): string =>
      Object.entries(attributes)
        .map(([name, value]) => `${name}=${String(value)}`)
        .join(' ') || 'as it is';
    for (const lang of axe ? options.locales : []) {
      for (const configuration of axe!.each) {
        const renderings = (axe!.with ?? [{}]).map((added) => ({ ...configuration, ...added }));
        it(`is axe clean in ${lang} (${named(configuration)}), ${renderings.length} renderings`, async function () {
          // Both engines take a few seconds for each rendering.
          this.timeout(renderings.length * 12000);
          for (const attributes of renderings) {
            // One widget on the page at a time, as on a real page: two toolbars named alike would be
            // a finding about the page (IBM's aria_toolbar_label_unique).
            fixtureCleanup();
            await expectAxeClean(await render({ lang, ...attributes }), `${lang} ${named(attributes)}`);
          }
        });
      }
    }

    const fallbacks: Fallback<E>[] = [
      ...(options.ignored ?? []).map(([name, value, instead]) => ({
        title: `a bad ${name}`,
        attributes: { [name]: value },
        words: ['[ryggrad]', name, instead],
        async check(element: E) {
          expect(element.toPlainText()).to.equal((await render({ lang: 'en' })).toPlainText());
        },
      })),
      ...(options.badHeadingLevels ?? []).map((bad) => ({
        title: `heading-level="${bad}", giving h2`,
        attributes: { lang: 'nb', 'heading-level': bad },
        words: ['[ryggrad]', 'heading-level', `"${bad}"`],
        check(element: E) {
          expect(part(element, 'title').localName).to.equal('h2');
        },
      })),
      ...(options.fallbacks ?? []),
    ];
    for (const fallback of fallbacks) {
      it(`falls back with one warning for ${fallback.title}`, async () => {
        await throwsNothing(async (log) => {
          const element = await render({ lang: 'en', ...fallback.attributes });
          element.requestUpdate();
          await element.updateComplete;
          element.toPlainText();
          await fallback.check?.(element);
          expect(log.warnings).to.have.length(1);
          for (const word of fallback.words) expect(log.warnings[0]).to.contain(word);
        });
      });
    }

    it('gives no plain text before its content has loaded', () => {
      expect((document.createElement(tag) as E).toPlainText()).to.equal('');
    });

    it('follows a change of language at runtime', async () => {
      const element = await render({ lang: 'nb' });
      element.lang = 'en';
      await element.updateComplete;
      expect(part(element, 'title').textContent.trim()).to.equal(options.englishTitle);
    });

    for (const narrow of options.narrow ?? []) {
      it(`has no horizontal overflow at 280 px${narrow.title}`, async () => {
        const element = await render({ lang: 'nb', ...narrow.attributes }, 280);
        const wrapper = element.parentElement!;
        const base = part(element, 'base');
        expect(base.getBoundingClientRect().width).to.be.at.most(280);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
        await narrow.check?.(element);
      });
    }

    if (options.reservesHeight) {
      // The column widths the themes' figures are measured in: 720 px, and a phone below 600 px.
      for (const [viewport, column] of [
        [800, 720],
        [360, 360],
      ] as const) {
        it(`reserves about the height it will have while loading, in a ${column} px column`, async () => {
          await setViewport({ width: viewport, height: 700 });
          try {
            const element = await render({ lang: 'nb' }, column);
            // Within a fifth of the final height either way: a small shift, not a jump from nothing.
            expect(reservedHeightGap(element)).to.be.below(0.2);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
      }
    }

    const { privacy, print } = options;
    if (privacy) {
      it('stores nothing and asks no other origin for anything', async () => {
        const before = await storageSnapshot();
        const element = await render(privacy.attributes);
        element.toPlainText();
        await privacy.use?.(element);
        element.remove();
        expect(await storageSnapshot()).to.deep.equal(before);
        expect(foreignOrigins()).to.deep.equal([]);
      });
    }

    const { accent, keyMessage } = options;
    if (accent) {
      const [general, ...specific] = accent.tokens;
      it(`reads its accent from ${specific.reverse().join(', then ')}, falling back to ${general}`, async () => {
        const element = await render({ lang: 'nb' });
        const target = element.shadowRoot!.querySelector(accent.selector)!;
        expectAccentChain(element, target, accent.property, accent.tokens);
      });
    }

    if (keyMessage) {
      it('emphasises the key message with a real border', async () => {
        const element = await render({ lang: 'nb' });
        expectKeyMessageBorder(element.shadowRoot!.querySelector(keyMessage)!);
      });

      it('keeps the key message a border in forced colours', async () => {
        const element = await render({ lang: 'nb' });
        await underMedia(element, 'forced-colors', () => {
          expectKeyMessageBorder(element.shadowRoot!.querySelector(keyMessage)!);
        });
      });
    }

    if (print) {
      it('prints black on white', async () => {
        const element = await render({ lang: 'nb', theme: 'dark', ...print.attributes });
        await underMedia(element, 'print', async () => {
          expectBlackOnWhite(part(element, 'base'));
          await print.check?.(element);
        });
      });
    }
  });
}
