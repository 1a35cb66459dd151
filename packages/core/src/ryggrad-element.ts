import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { pickAllowed, pickInteger } from './attributes.js';
import type { HeadingLevel } from './heading.js';
import { defineElement, type DefineOutcome } from './define.js';
import { LoadController, type LoadOptions } from './load-controller.js';
import { UNTAGGED_LOCALE, inheritedLanguageTag, normaliseLocale, type Locale } from './locale.js';
import { THEMES, baseStyles, tokenStyles, type Theme } from './theme.js';
import { CORE_STRINGS, LOAD_FAILED } from './messages.js';
import { VERSION } from './version.js';
import { OnceLog } from './warnings.js';
import { preloaded, type ContentLoader } from './preloaded.js';
import { onServer } from './server.js';

/**
 * Code a widget needs only in some configurations (a view, a form): see `RyggElement.onDemand`.
 * `value` once loaded; `problem` says why it could not load; `start()` begins the import unless it
 * is loaded or on its way, and after a failure tries again.
 */
export interface OnDemand<T> {
  readonly value: T | undefined;
  readonly problem: string | undefined;
  start(): void;
}

/** Every connected Ryggrad element, so one observer can tell them when a page's language changes. */
const connectedElements = new Set<RyggElement<unknown>>();
let languageObserver: MutationObserver | undefined;

function watchDocumentLanguage(): void {
  if (languageObserver || typeof MutationObserver === 'undefined') return;
  languageObserver = new MutationObserver(() => {
    for (const element of connectedElements) element.refreshLocale();
  });
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The base class of every Ryggrad widget.
 *
 * It resolves the language (own `lang`, nearest ancestor's, the document's), loads the widget's
 * content for that language lazily, applies the theme, renders a readable error box instead of
 * throwing, and registers the element without clashing with another copy of Ryggrad.
 *
 * A widget names its content's loader in `contentLoader` (or implements `loadContent(locale)` and
 * `preloadedContent(locale)` for several topics), `renderContent(content)` and `toPlainText()`.
 */
export abstract class RyggElement<Content> extends LitElement {
  static override styles = [tokenStyles, baseStyles];
  // Reactive properties are declared here rather than with decorators, so no decorator helpers
  // ship in any bundle; subclasses add theirs the same way (Lit merges them). Internal state also
  // says `attribute: false` (implied by `state`) so the manifest analyzer lists no attribute for it.
  static override properties: PropertyDeclarations = {
    lang: { reflect: false },
    theme: {},
    headingLevel: { attribute: 'heading-level' },
    locale: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** The Ryggrad version this class belongs to; named in the warning when two copies meet. */
  static version = VERSION;

  /** Registers this class under `tag`, warning (never throwing) if the tag is already taken. */
  static define(tag: string): DefineOutcome {
    return defineElement(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  /**
   * Language of the widget: `nb` (bokmål), `nn` (nynorsk) or `en`. Real-world tags such as `no`,
   * `nb-NO` or `en-GB` are understood. Without it the nearest ancestor's `lang` applies, then the
   * document's.
   */
  override lang = '';

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme: Theme = 'light';

  /**
   * Level of the widget's title heading, 1–6 (default 2), so the widget fits the outline of the
   * host page; its inner headings are one level deeper. Other values fall back to 2 with one
   * console warning.
   */
  headingLevel: string | number = 2;

  /** The locale in use, after normalisation and fallback. */
  protected locale: Locale = 'nb';

  /** A problem that stops the widget from showing its content; rendered as an error box. */
  protected failure: { kind: 'load' | 'config'; detail: string } | undefined;

  protected readonly log = new OnceLog();

  /** Every asynchronous load of this element, so `updateComplete` can wait for them. */
  private readonly loadControllers = new Set<Pick<LoadController<unknown, unknown>, 'pending' | 'settled'>>();
  /** Optional content loaded on demand (see `optionalContent`), by name. */
  private readonly optional = new Map<string, LoadController<Locale, unknown>>();
  /** Styles added by `adoptOnDemandStyles`, in the order they came. */
  private readonly onDemandStyles: CSSResult[] = [];
  /** The content in the current language; a newer language's load supersedes an older one. */
  private readonly contentLoad = this.loading({
    load: (locale: Locale) => this.loadContent(locale),
    ready: (locale) => this.preloadedContent(locale),
    loaded: () => {
      if (this.failure?.kind === 'load') this.failure = undefined;
    },
    failed: (problem, error) => {
      this.failWith('load', problem, error);
    },
  });

  /** The widget's content in `locale`, once loaded (the previous language's while a new one loads). */
  protected get content(): Content | undefined {
    return this.contentLoad.value;
  }

  /**
   * The loader of the widget's content when it is one topic (`loadWork`): `loadContent` loads
   * with it and `preloadedContent` reads what the page preloaded with it. A widget that shows
   * several topics overrides those two instead.
   */
  protected readonly contentLoader: ContentLoader<Content> | undefined = undefined;

  /** Loads everything the widget shows in one language. Called again when the language changes. */
  protected loadContent(locale: Locale): Promise<Content> {
    return this.contentLoader ? this.contentLoader(locale) : Promise.reject(new Error('no content to load'));
  }

  /**
   * The content in `locale` from what the page preloaded (`preloaded(loadX, locale)`), or
   * undefined when it was not preloaded. With it, the first render (on a server, or the one
   * hydration compares) shows the content instead of the loading placeholder.
   */
  protected preloadedContent(locale: Locale): Content | undefined {
    return this.contentLoader && preloaded(this.contentLoader, locale);
  }

  /** Renders the widget once its content is loaded. */
  protected abstract renderContent(content: Content): TemplateResult | typeof nothing;

  /** The widget's current content or result as plain text, in its language. */
  abstract toPlainText(): string;

  /** The theme actually applied, after checking the attribute. */
  protected get resolvedTheme(): Theme {
    return this.allowed('theme', this.theme, THEMES, 'light');
  }

  /**
   * An enumerated attribute's value when `allowed` lists it, else `fallback`, with one console
   * warning that names the attribute and the values it accepts.
   */
  protected allowed<T extends string>(attribute: string, value: string, allowed: readonly T[], fallback: T): T {
    const picked = pickAllowed(value, allowed, fallback);
    if (picked.problem) this.log.warn(`${attribute}:${value}`, `<${this.localName}> ${attribute} ${picked.problem}.`);
    return picked.value;
  }

  /** The title's heading level actually used, after checking `heading-level`. */
  get resolvedHeadingLevel(): HeadingLevel {
    const { value, problem } = pickInteger(this.headingLevel, 1, 6, 2);
    if (problem) this.log.warn(`heading-level:${this.headingLevel}`, `<${this.localName}> heading-level ${problem}.`);
    return value as HeadingLevel;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this);
    watchDocumentLanguage();
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this);
  }

  /** Re-reads the language that applies here; called on connect, on `lang` changes and by the page observer. */
  refreshLocale(): void {
    // A server has no tree to inherit from: there only the element's own `lang` counts.
    const tag = this.lang || (onServer ? '' : inheritedLanguageTag(this));
    const normalised = normaliseLocale(tag);
    if (normalised && !normalised.supported) {
      this.log.warn(
        `lang:${tag}`,
        `<${this.localName}> has no content in "${tag}"; showing ${normalised.locale === 'nb' ? 'bokmål (nb)' : 'English (en)'}. Supported: nb, nn, en.`,
      );
    }
    this.locale = normalised?.locale ?? UNTAGGED_LOCALE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.refreshLocale();
    // Here rather than in a controller's hostUpdate, which a server does not call.
    this.contentLoad.request(this.locale);
    super.willUpdate(changed);
  }

  /**
   * One asynchronous value the widget depends on (see `LoadController`): it re-renders when the
   * value settles and `updateComplete` waits for it.
   */
  protected loading<Key, Value>(options: LoadOptions<Key, Value>): LoadController<Key, Value> {
    const load = new LoadController(this, options);
    this.loadControllers.add(load);
    return load;
  }

  /** Shows a readable error in the widget's own box and logs it once. Never throws. */
  protected failWith(kind: 'load' | 'config', detail: string, cause?: unknown): void {
    this.failure = { kind, detail };
    this.log.error(
      `${kind}:${detail}`,
      `<${this.localName}> ${kind === 'load' ? 'could not load its content' : 'is set up incorrectly'}: ${detail}`,
      cause,
    );
  }

  /** Clears a configuration error once the configuration is valid again. */
  protected clearConfigFailure(): void {
    if (this.failure?.kind === 'config') this.failure = undefined;
  }

  /**
   * Content that only some configurations show (a clinician audience's wording, a variant's text),
   * kept out of the main content so other pages never download it. Gives the value for `locale`
   * once loaded; until then starts the load (once per name and locale) and gives undefined, and the
   * widget renders again when it arrives. `updateComplete` waits for it; a failure shows the
   * error box like a failed content load.
   */
  protected optionalContent<T>(name: string, locale: Locale, load: (locale: Locale) => Promise<T>): T | undefined {
    let optional = this.optional.get(name) as LoadController<Locale, T> | undefined;
    if (!optional) {
      optional = this.loading({
        load,
        ready: (key) => preloaded(load, key),
        failed: (problem, error) => {
          this.failWith('load', problem, error);
        },
      });
      this.optional.set(name, optional);
    }
    optional.request(locale);
    return optional.pending ? undefined : optional.value;
  }

  /**
   * Code that only some configurations use, imported the first time it is needed, so pages that
   * never show it never download it. The widget calls `start()` when the configuration that needs
   * it is chosen (or on a sign of intent, such as pointing at a button) and renders `value`, a
   * placeholder, or `problem` in the part's place. The widget renders again when the import
   * settles, `updateComplete` waits for it, and a failure is logged once.
   */
  protected onDemand<T>(what: string, load: () => Promise<T>): OnDemand<T> {
    const code = this.loading<undefined, T>({
      load,
      failed: (problem, error) => {
        this.log.error(`on-demand:${what}:${problem}`, `<${this.localName}> could not load ${what}: ${problem}`, error);
      },
    });
    return {
      get value() {
        return code.value;
      },
      get problem() {
        return code.problem;
      },
      start: () => {
        if (code.value === undefined && !code.pending) code.start(undefined);
      },
    };
  }

  /**
   * Adds the styles that came with code loaded on demand (a result card, a close-up) after the
   * element's own, so a page that never shows that part never downloads its rules. Call it before
   * the part renders (in `willUpdate`); calling it again with the same styles does nothing. Through
   * `adoptedStyleSheets`, as Lit's own styles, so a strict style-src policy applies to neither.
   */
  protected adoptOnDemandStyles(styles: CSSResult): void {
    const root = this.renderRoot;
    if (onServer || !(root instanceof ShadowRoot) || this.onDemandStyles.includes(styles)) return;
    this.onDemandStyles.push(styles);
    adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, ...this.onDemandStyles]);
  }

  /** Waits for the content of the current language, every other load and the render, so tests and hosts see the result. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while ([...this.loadControllers].some((load) => load.pending)) {
      await Promise.all([...this.loadControllers].map((load) => load.settled));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Dispatches a bubbling, composed event that crosses shadow boundaries to the host page. */
  protected emit(name: string, detail: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base ${this.baseClass()}" data-theme=${this.resolvedTheme} lang=${this.locale}>
      ${this.failure ? this.renderFailure(this.failure) : this.content === undefined ? this.renderLoading() : this.renderContent(this.content)}
    </div>`;
  }

  /** Extra classes for the base box (for example an audience or variant). */
  protected baseClass(): string {
    return '';
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      <span class="visually-hidden">${CORE_STRINGS[this.locale].loading}</span>
    </div>`;
  }

  protected renderFailure(failure: { kind: 'load' | 'config'; detail: string }): TemplateResult {
    const strings = CORE_STRINGS[this.locale];
    return html`<div class="error" role="alert" part="error">
      <strong>${failure.kind === 'load' ? LOAD_FAILED[this.locale].failed : strings.configFailed}</strong>
      <span class="error-detail">${failure.detail}</span>
    </div>`;
  }
}
