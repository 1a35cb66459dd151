import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { pickAllowed, pickInteger } from './attributes.js';
import type { HeadingLevel } from './heading.js';
import { defineElement, type DefineOutcome } from './define.js';
import { UNTAGGED_LOCALE, inheritedLanguageTag, normaliseLocale, type Locale } from './locale.js';
import { THEMES, baseStyles, tokenStyles, type Theme } from './theme.js';
import { CORE_STRINGS, LOAD_FAILED } from './messages.js';
import { VERSION } from './version.js';
import { OnceLog, errorMessage } from './warnings.js';

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
 * A widget implements `loadContent(locale)`, `renderContent(content)` and `toPlainText()`.
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
    content: { state: true, attribute: false },
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

  /** The widget's content in `locale`, once loaded. */
  protected content: Content | undefined;

  /** A problem that stops the widget from showing its content; rendered as an error box. */
  protected failure: { kind: 'load' | 'config'; detail: string } | undefined;

  protected readonly log = new OnceLog();

  private loadedLocale: Locale | undefined;
  private pendingLoad: Promise<unknown> | undefined;
  private readonly pendingWork = new Set<Promise<void>>();
  /** Optional content loaded on demand (see `optionalContent`), by name: its locale and, once loaded, its value. */
  private readonly optional = new Map<string, { locale: Locale; value?: unknown }>();

  /** Loads everything the widget shows in one language. Called again when the language changes. */
  protected abstract loadContent(locale: Locale): Promise<Content>;

  /** Renders the widget once its content is loaded. */
  protected abstract renderContent(content: Content): TemplateResult | typeof nothing;

  /** The widget's current content or result as plain text, in its language. */
  abstract toPlainText(): string;

  /** The theme actually applied, after checking the attribute. */
  protected get resolvedTheme(): Theme {
    const { value, problem } = pickAllowed(this.theme, THEMES, 'light');
    if (problem) this.log.warn(`theme:${this.theme}`, `<${this.localName}> theme ${problem}.`);
    return value;
  }

  /** The title's heading level actually used, after checking `heading-level`. */
  get resolvedHeadingLevel(): HeadingLevel {
    const { value, problem } = pickInteger(this.headingLevel, 1, 6, 2);
    if (problem) this.log.warn(`heading-level:${this.headingLevel}`, `<${this.localName}> heading-level ${problem}.`);
    return value as HeadingLevel;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this as RyggElement<unknown>);
    watchDocumentLanguage();
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this as RyggElement<unknown>);
  }

  /** Re-reads the language that applies here; called on connect, on `lang` changes and by the page observer. */
  refreshLocale(): void {
    const tag = this.lang || inheritedLanguageTag(this);
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
    if (this.loadedLocale !== this.locale) this.startLoading(this.locale);
    super.willUpdate(changed);
  }

  private startLoading(locale: Locale): void {
    this.loadedLocale = locale;
    const load = Promise.resolve()
      .then(() => this.loadContent(locale))
      .then(
        (content) => {
          if (this.loadedLocale !== locale) return; // a newer language won the race
          this.content = content;
          if (this.failure?.kind === 'load') this.failure = undefined;
        },
        (error: unknown) => {
          if (this.loadedLocale !== locale) return;
          this.failWith('load', errorMessage(error), error);
        },
      )
      .finally(() => {
        if (this.pendingLoad === load) this.pendingLoad = undefined;
      });
    this.pendingLoad = load;
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
    const entry = this.optional.get(name);
    if (entry?.locale === locale) return entry.value as T | undefined;
    const started = { locale } as { locale: Locale; value?: unknown };
    this.optional.set(name, started);
    this.track(
      load(locale).then(
        (value) => {
          started.value = value;
          if (this.optional.get(name) === started) this.requestUpdate();
        },
        (error: unknown) => {
          if (this.optional.get(name) === started) this.failWith('load', errorMessage(error), error);
        },
      ),
    );
    return undefined;
  }

  /**
   * Code that only some configurations use, imported the first time it is needed, so pages that
   * never show it never download it. The widget calls `start()` when the configuration that needs
   * it is chosen (or on a sign of intent, such as pointing at a button) and renders `value`, a
   * placeholder, or `problem` in the part's place. The widget renders again when the import
   * settles, `updateComplete` waits for it, and a failure is logged once.
   */
  protected onDemand<T>(what: string, load: () => Promise<T>): OnDemand<T> {
    let pending: Promise<void> | undefined;
    const state: { value: T | undefined; problem: string | undefined; start(): void } = {
      value: undefined,
      problem: undefined,
      start: () => {
        if (state.value !== undefined || pending) return;
        state.problem = undefined;
        pending = this.track(
          Promise.resolve()
            .then(load)
            .then(
              (value) => {
                state.value = value;
              },
              (error: unknown) => {
                state.problem = errorMessage(error);
                this.log.error(
                  `on-demand:${what}:${state.problem}`,
                  `<${this.localName}> could not load ${what}: ${state.problem}`,
                  error,
                );
              },
            )
            .finally(() => {
              pending = undefined;
              this.requestUpdate();
            }),
        );
      },
    };
    return state;
  }

  /**
   * Lets `updateComplete` wait for work a widget started outside rendering (for example code it
   * imports on demand), so hosts and tests that await it see the outcome.
   */
  protected track<T>(work: Promise<T>): Promise<T> {
    const settled: Promise<void> = work
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => this.pendingWork.delete(settled));
    this.pendingWork.add(settled);
    return work;
  }

  /** Waits for the content of the current language, tracked work and the render, so tests and hosts see the result. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLoad || this.pendingWork.size > 0) {
      await Promise.all([this.pendingLoad, ...this.pendingWork]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Dispatches a bubbling, composed event that crosses shadow boundaries to the host page. */
  protected emit<Detail>(name: string, detail: Detail): boolean {
    return this.dispatchEvent(
      new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true, cancelable: false }),
    );
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
