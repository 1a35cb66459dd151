import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { platform } from '../platform.js';
import { searchTopics } from '../search.js';
import {
  AUDIENCES,
  PATIENT_LANGUAGES,
  type Audience,
  type PatientLanguage,
  type ResolvedSettings,
} from '../settings/settings.js';
import '../settings/settings-form.js';
import { loadSettings, watchSettings } from '../settings/store.js';
import { showPagePath } from '../show/show-params.js';
import { AUDIENCE_KEYS, LANGUAGE_NAMES, applyAppearance, msg } from '../ui.js';
import { applyWidgetOptions, createWidget, type WidgetElement, type WidgetOptions } from '../widget-element.js';
import { WIDGETS, type WidgetEntry, type WidgetId } from '../widgets.js';

/** Set when the first widget has loaded its content and rendered; the benchmark reads it. */
export const FIRST_WIDGET_MARK = 'ryggrad:first-widget-rendered';

/**
 * The clinician's panel beside the health record: find a topic, choose the patient's language and
 * audience, then copy the widget's text to the note, print it, or show it to the patient in a tab.
 *
 * Widgets stay in memory while the panel is open (so answers survive switching topics) and are
 * gone when it closes: nothing about the patient is stored. Light DOM, styled by panel.css.
 */
export class RyggradPanel extends LitElement {
  static override properties = {
    widgets: { attribute: false },
    resolved: { state: true, attribute: false },
    language: { state: true, attribute: false },
    audience: { state: true, attribute: false },
    query: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    failedId: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** The widgets offered, in launcher order. Tests pass stand-ins. */
  widgets: readonly WidgetEntry[] = WIDGETS;

  private resolved: ResolvedSettings | undefined;
  /** The patient's language and the audience for this patient; start from the settings. */
  private language: PatientLanguage = 'nb';
  private audience: Audience = 'patient';
  private query = '';
  private openId: WidgetId | undefined;
  private failedId: WidgetId | undefined;
  /** The last action's confirmation, for the live region. */
  private status = '';

  private get stage(): HTMLElement {
    return this.querySelector('.stage') as HTMLElement;
  }

  /** Every widget opened since the panel opened, by id, and the ones being created. */
  private readonly elements = new Map<WidgetId, WidgetElement>();
  private readonly creating = new Map<WidgetId, Promise<WidgetElement>>();
  private firstWidgetMarked = false;
  private stopWatching: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = watchSettings((resolved) => {
      this.applySettings(resolved);
    });
    // Fetch the first widget's code while the settings are read; open() reports any failure.
    this.widgets[0]?.load().catch(() => undefined);
    void loadSettings()
      .then((resolved) => {
        this.language = resolved.settings.defaultLanguage;
        this.audience = resolved.settings.defaultAudience;
        this.applySettings(resolved);
      })
      .then(() => this.updateComplete)
      .then(() => {
        const first = this.widgets[0];
        if (first && !this.openId) void this.open(first.id);
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private applySettings(resolved: ResolvedSettings): void {
    this.resolved = resolved;
    applyAppearance(document.documentElement, resolved.settings);
  }

  private get widgetOptions(): WidgetOptions {
    return {
      language: this.language,
      audience: this.audience,
      theme: this.resolved?.settings.theme ?? 'auto',
    };
  }

  private entry(id: WidgetId | undefined): WidgetEntry | undefined {
    return this.widgets.find((widget) => widget.id === id);
  }

  private get openElement(): WidgetElement | undefined {
    return this.openId ? this.elements.get(this.openId) : undefined;
  }

  /** Shows a widget, loading its code the first time; the others stay, hidden, with their answers. */
  async open(id: WidgetId): Promise<void> {
    const entry = this.entry(id);
    if (!entry) return;
    this.openId = id;
    this.failedId = undefined;
    let element: WidgetElement;
    try {
      element = await this.widgetFor(entry);
    } catch (error) {
      console.error(`Ryggrad: could not load ${entry.tag}`, error);
      if (this.openId === id) {
        this.failedId = id;
        // Show the error alone, not under the previous topic, so nothing else gets copied or printed.
        for (const other of this.elements.values()) other.hidden = true;
      }
      return;
    }
    if (this.openId !== id) return; // another topic was chosen while this one loaded
    for (const [otherId, other] of this.elements) other.hidden = otherId !== id;
    if (!this.firstWidgetMarked) {
      this.firstWidgetMarked = true;
      await element.updateComplete;
      performance.mark(FIRST_WIDGET_MARK);
    }
  }

  /** The widget's element, created once (a second click while it loads waits for the same one). */
  private widgetFor(entry: WidgetEntry): Promise<WidgetElement> {
    const existing = this.creating.get(entry.id);
    if (existing) return existing;
    const creating = createWidget(entry, this.widgetOptions).then(async (element) => {
      // The language or audience may have changed while the code loaded.
      applyWidgetOptions(element, entry, this.widgetOptions);
      element.hidden = true;
      this.elements.set(entry.id, element);
      await this.updateComplete;
      this.stage.append(element);
      return element;
    });
    this.creating.set(entry.id, creating);
    // A failed load may be tried again the next time the topic is opened.
    creating.catch(() => this.creating.delete(entry.id));
    return creating;
  }

  protected override updated(changed: PropertyValues): void {
    // The patient's language, audience and theme apply to every open widget at once.
    if (changed.has('language') || changed.has('audience') || changed.has('resolved')) {
      for (const [id, element] of this.elements) {
        const entry = this.entry(id);
        if (entry) applyWidgetOptions(element, entry, this.widgetOptions);
      }
    }
  }

  /** Puts a message in the live region; cleared first so the same message is announced again. */
  private async announce(text: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = text;
  }

  private async copyToNote(): Promise<void> {
    const element = this.openElement;
    if (!element) return;
    await element.updateComplete;
    try {
      await navigator.clipboard.writeText(element.toPlainText());
      await this.announce(msg('copied'));
    } catch {
      await this.announce(msg('copyFailed'));
    }
  }

  private async printHandout(): Promise<void> {
    await this.openElement?.updateComplete;
    window.print();
  }

  private async showToPatient(): Promise<void> {
    if (!this.openId) return;
    try {
      await platform().openExtensionTab(
        showPagePath({ widget: this.openId, language: this.language, audience: this.audience }),
      );
      await this.announce(msg('showOpened'));
    } catch {
      await this.announce(msg('showFailed'));
    }
  }

  private onSearchKey(event: KeyboardEvent, matches: readonly WidgetEntry[]): void {
    const first = matches[0];
    if (event.key === 'Enter' && first) {
      event.preventDefault();
      void this.open(first.id);
      void this.announce(msg('topicOpened', msg(first.titleKey)));
    }
  }

  private renderSwitch<Value extends string>(
    name: string,
    legend: string,
    values: readonly Value[],
    current: Value,
    label: (value: Value) => TemplateResult,
    choose: (value: Value) => void,
  ): TemplateResult {
    return html`<fieldset class="switch">
      <legend>${legend}</legend>
      <div class="choices">
        ${values.map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${value}
                .checked=${current === value}
                @change=${() => {
                  choose(value);
                }}
              />
              ${label(value)}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderTopics(matches: readonly WidgetEntry[]): TemplateResult {
    return html`<nav class="topics" aria-label=${msg('topicsLabel')}>
      <ul class="topic-list" id="topic-list">
        ${matches.map(
          (entry) =>
            html`<li>
              <button
                type="button"
                class="topic"
                data-widget=${entry.id}
                aria-current=${this.openId === entry.id ? 'true' : 'false'}
                @click=${() => void this.open(entry.id)}
              >
                ${msg(entry.titleKey)}
              </button>
            </li>`,
        )}
      </ul>
      ${matches.length === 0 ? html`<p class="no-match">${msg('searchNone', this.query.trim())}</p>` : nothing}
    </nav>`;
  }

  protected override render(): TemplateResult {
    const matches = searchTopics(
      this.query,
      this.widgets.map((entry) => ({ entry, terms: [msg(entry.titleKey), ...entry.keywords] })),
    ).map(({ entry }) => entry);
    const open = this.entry(this.openId);
    const countText = matches.length === 1 ? msg('searchCountOne') : msg('searchCount', String(matches.length));
    return html`<div class="panel">
      <header class="panel-header no-print">
        <h1 class="app-title">${msg('panelTitle')}</h1>
        ${this.renderSwitch(
          'patient-language',
          msg('patientLanguage'),
          PATIENT_LANGUAGES,
          this.language,
          (value) => html`<span lang=${value}>${LANGUAGE_NAMES[value]}</span>`,
          (value) => {
            this.language = value;
          },
        )}
        ${this.renderSwitch(
          'audience',
          msg('audienceLabel'),
          AUDIENCES,
          this.audience,
          (value) => html`${msg(AUDIENCE_KEYS[value])}`,
          (value) => {
            this.audience = value;
          },
        )}
      </header>
      <div class="finder no-print" role="search">
        <label class="search-label" for="topic-search">${msg('searchLabel')}</label>
        <input
          id="topic-search"
          class="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          aria-controls="topic-list"
          .value=${this.query}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
          }}
          @keydown=${(event: KeyboardEvent) => {
            this.onSearchKey(event, matches);
          }}
        />
        <p class="hint" id="search-hint">${msg('searchHint')}</p>
        <p class="visually-hidden" aria-live="polite">${this.query.trim() === '' ? '' : countText}</p>
      </div>
      ${this.renderTopics(matches)}
      <main class="topic-view" aria-label=${open ? msg(open.titleKey) : msg('topicsLabel')}>
        <div class="actions no-print" role="group" aria-label=${msg('actionsLabel')}>
          <button type="button" class="action copy" ?disabled=${!open} @click=${() => void this.copyToNote()}>
            ${msg('copyToNote')}
          </button>
          <button type="button" class="action print" ?disabled=${!open} @click=${() => void this.printHandout()}>
            ${msg('printHandout')}
          </button>
          <button type="button" class="action show" ?disabled=${!open} @click=${() => void this.showToPatient()}>
            ${msg('showToPatient')}
          </button>
        </div>
        <p class="status no-print" role="status">${this.status}</p>
        ${this.failedId ? html`<p class="load-failed" role="alert">${msg('loadFailed')}</p>` : nothing}
        <div class="stage" lang=${this.language}></div>
      </main>
      <footer class="panel-footer no-print">
        <details class="settings">
          <summary>${msg('settingsLabel')}</summary>
          <ryggrad-settings></ryggrad-settings>
        </details>
        <p class="links"><a href="privacy.html" target="_blank">${msg('privacyLink')}</a></p>
      </footer>
    </div>`;
  }
}

if (!customElements.get('ryggrad-panel')) customElements.define('ryggrad-panel', RyggradPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ryggrad-panel': RyggradPanel;
  }
}
