import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AUDIENCES, RyggElement, headingTemplate, subLevel, widgetStyles, errorMessage, onServer } from '@ryggrad/core';
import {
  DEFAULT_RULES,
  loadRedFlags,
  loadRedFlagsClinician,
  loadRedFlagsResult,
  partitionFlags,
  triage as runTriage,
} from '@ryggrad/content';
import type { Contacts, Locale, RedFlagContent, RedFlagResult, RuleSet, Tier } from '@ryggrad/content';
import { checklistPlainText, type Audience } from './plain-text.js';
import { checklistStyles } from './red-flag-checklist.styles.js';
import { EMERGENCY_ICON, icon } from './icons.js';
import {
  flagsFromAttribute,
  plainTextInput,
  questionsView,
  sameFlags,
  type ChecklistView,
  type GroupView,
} from './questions-model.js';

export type { Audience } from './plain-text.js';

/** The state of the checklist: the most urgent tier the ticked flags raise, and those flags. */
export interface TriageState {
  tier: Tier;
  /** The ticked flag ids, in the rule set's order. */
  flags: string[];
}

/** `detail` of the `rygg-triage-change` event. */
export interface TriageChangeDetail extends TriageState {
  /** False after a reset, when the reader has neither ticked a flag nor chosen "none of these". */
  answered: boolean;
}

/**
 * The result: its code (view model and card, result-view.ts, a chunk of its own) and its wording in
 * one language (a content chunk of its own), loaded together.
 */
interface LoadedResult {
  readonly code: typeof import('./result-view.js');
  readonly wording: RedFlagResult;
  readonly locale: Locale;
}

/**
 * Properties a page may set before the element is upgraded; re-applied through their setters.
 * (`flags` is a declared property, so Lit itself picks up a value set before the upgrade.)
 */
const EARLY_PROPERTIES = ['rules', 'contacts'] as const;

/** Imports a configuration checker on demand; a failed import names the check that could not run. */
async function importChecker<Checker>(what: string, load: () => Promise<Checker>): Promise<Checker> {
  try {
    return await load();
  } catch (error) {
    throw new Error(`the ${what} could not be checked: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}

/**
 * When to seek help with back pain, and when at once: the warning signs of section 6 of the
 * brochure as a checklist, with one clear answer — call now, contact your GP, or take care of
 * yourself with activity.
 *
 * Answers stay in memory only: nothing is stored or sent.
 *
 * @tagname rygg-red-flag-checklist
 * @summary A red-flag checklist for low back pain (brochure section 6) that answers: call now,
 * contact your GP, or take care of yourself with activity.
 *
 * @fires {CustomEvent<TriageChangeDetail>} rygg-triage-change - On every change of the result, whatever caused it: the reader ticks or
 * unticks a question, chooses "none of these" or resets, or the page sets `flags` or `rules` or
 * calls `clear()`. Fired once per change, after the widget shows it; setting the same state again
 * fires nothing. `detail` is `{ tier, flags, answered }`. Bubbles and crosses shadow roots.
 *
 * @csspart base - The widget's outer box (also carries the theme, language and audience).
 * @csspart title - The title heading.
 * @csspart questions - The fieldset with every question and the "none of these" answer.
 * @csspart result - The area with the result card and the reset button.
 * @csspart urgent-call - The numbers to call, shown under the emergency signs once one is ticked.
 * @csspart card - The result card (its class names the tier: `card-emergency`, `card-seek-help`, `card-self-care`; `data-route` names the most urgent route of the ticked signs, e.g. `doctor-today`).
 * @csspart reset - The button that clears every answer.
 * @csspart source - The source line (brochure section 6, FORMI 2007, or the site's own rule set).
 * @csspart error - The error box shown for a broken configuration.
 *
 * @cssprop --rygg-checklist-emergency-color - Colour of the emergency group and card. Defaults to `--rygg-color-emergency`.
 * @cssprop --rygg-checklist-seek-help-color - Colour of the "contact your GP" card. Defaults to `--rygg-color-warning`.
 * @cssprop --rygg-checklist-self-care-color - Colour of the self-care card. Defaults to `--rygg-color-ok`.
 */
export class RyggRedFlagChecklist extends RyggElement<RedFlagContent> {
  static override styles = widgetStyles({ token: 'checklist', wide: '58em', narrow: '82em' }, checklistStyles);
  static override properties = {
    audience: {},
    // The accessor below is the checklist's own; Lit only turns the attribute into a list for it.
    flags: { noAccessor: true, converter: { fromAttribute: flagsFromAttribute } },
    adviceHref: { attribute: 'advice-href' },
    ticked: { state: true, attribute: false },
    noneChosen: { state: true, attribute: false },
    activeRules: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * Who reads the checklist: `patient` (default, plain words) or `clinician` (professional
   * wording, compact layout, the source section next to each question).
   */
  audience: Audience = 'patient';

  /**
   * Address of the page that holds the activity advice (`<rygg-activity-advice>`). When set, the
   * self-care result links to it. Only http(s) and relative addresses are used.
   */
  adviceHref = '';

  private ticked: readonly string[] = [];
  private noneChosen = false;
  private activeRules: RuleSet = DEFAULT_RULES;
  /** The text of the polite and the assertive live region; changed only when the result changes. */
  private announcement: { polite: string; assertive: string } = { polite: '', assertive: '' };

  /**
   * The checks of a rule set and of contacts set by the page. Their code loads only when a site
   * brings its own; only the latest value's check applies.
   */
  readonly #rulesCheck = this.loading({
    load: async (rules: unknown) => {
      const { validateRuleSet } = await importChecker('rule set', () => import('@ryggrad/content/validate-rules'));
      return validateRuleSet(rules);
    },
    loaded: (rules) => {
      this.#useRules(rules);
    },
    settled: () => {
      this.#applyFlagsAwaitingRules();
      this.#showConfigProblems();
    },
  });
  readonly #contactsCheck = this.loading({
    load: async (contacts: unknown) => {
      const { validateContacts } = await importChecker('contacts', () => import('@ryggrad/content/validate-contacts'));
      return validateContacts(contacts);
    },
    settled: () => {
      this.#showConfigProblems();
    },
  });
  /**
   * The result's code and wording, imported on the first sign that the reader will answer (pointing
   * at or focusing the questions), else on the first answer, or at once when the page set answers,
   * and again for a new language. Until they arrive an answer shows the placeholder; then the card,
   * and the announcement, follow.
   */
  readonly #result = this.loading<Locale, LoadedResult>({
    load: async (locale) => {
      // Both at once: the words start before the code is awaited.
      const wording = loadRedFlagsResult(locale);
      const code = await import('./result-view.js');
      return { code, wording: await wording, locale };
    },
    loaded: () => {
      if (this.#announceWhenLoaded) this.#afterAnswer();
    },
    failed: (problem, error) => {
      this.failWith('load', problem, error);
    },
  });
  /** An answer came before the result: announce it once the result is here. */
  #announceWhenLoaded = false;
  /** Flags the page set while a new rule set was still being checked; applied once it is. */
  #flagsAwaitingRules: readonly string[] | undefined;
  /** The flags the page last set; setting an equal list again (a framework's re-render) changes nothing. */
  #pageFlags: readonly unknown[] | undefined;
  #lastAnnounced = '';
  #focusFirstQuestionAfterUpdate = false;
  #revealCallAfterUpdate = false;
  /** The result last reported by `rygg-triage-change`; the initial state is "not answered". */
  #lastEmittedState = 'false|self-care|';

  constructor() {
    super();
    // A page may have set these before the element was defined; such own properties would hide
    // the setters below, so take them off and set them again.
    for (const key of EARLY_PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value: unknown = (this as Record<string, unknown>)[key];
        Reflect.deleteProperty(this, key);
        (this as Record<string, unknown>)[key] = value;
      }
    }
  }

  /**
   * The ticked flag ids, in the rule set's order. Setting it ticks exactly these (and clears
   * "none of these"); ids the rule set does not know are ignored with one console warning.
   * Fires `rygg-triage-change` when this changes the result.
   *
   * An initial value, not a controlled one: the reader's ticks change it afterwards, and setting
   * a list equal to the one the page set last does nothing, so a framework that passes the same
   * array on every render (`flags={['fever']}`) keeps the reader's answers. Set a different list,
   * or call `clear()` first, to change them. As an attribute: ids separated by spaces,
   * `flags="fever weakness"` (commas work too).
   */
  get flags(): string[] {
    return [...this.ticked];
  }

  set flags(ids: readonly string[]) {
    if (this.#rulesCheck.pending) {
      this.#flagsAwaitingRules = ids;
      return;
    }
    // Pages set this from JavaScript: check what arrived, not what the type promises.
    const given: unknown = ids;
    let list: unknown[];
    if (Array.isArray(given)) list = given;
    else if (given === null || given === undefined) list = [];
    else {
      this.log.warn(
        `flags-type:${typeof given}`,
        `<${this.localName}> flags must be an array of flag ids; ignoring ${typeof given === 'string' ? `"${given}"` : `a value of type ${typeof given}`}.`,
      );
      return;
    }
    // A framework's re-render passing what it passed before is not a new answer.
    if (this.#pageFlags && sameFlags(this.#pageFlags, list)) return;
    this.#pageFlags = [...list];
    const strings = list.filter((id): id is string => typeof id === 'string');
    const { known, unknown } = partitionFlags(strings, this.activeRules);
    const others = list.length - strings.length;
    if (unknown.length > 0 || others > 0) {
      const named = [
        ...unknown.map((id) => `"${id}"`),
        ...(others > 0 ? [`${others} value(s) that are not strings`] : []),
      ];
      this.log.warn(
        `flags-unknown:${this.activeRules.id}:${named.join(',')}`,
        `<${this.localName}> ignores unknown flag ids ${named.join(', ')}; rule set "${this.activeRules.id}" has: ${this.activeRules.flags.map((flag) => flag.id).join(', ')}.`,
      );
    }
    this.ticked = known;
    this.noneChosen = false;
  }

  /**
   * The current result, read-only: `{ tier, flags }`. Before any answer it is
   * `{ tier: 'self-care', flags: [] }`, the same as "none of these" — read `answered` to tell
   * the two apart.
   */
  get triage(): TriageState {
    const { tier, flags } = runTriage(this.ticked, this.activeRules);
    return { tier, flags };
  }

  /** Read-only: true once the reader has ticked a question or chosen "none of these". */
  get answered(): boolean {
    return this.ticked.length > 0 || this.noneChosen;
  }

  /**
   * The rule set: which questions are asked and which tier each one raises. Defaults to the
   * brochure's section 6 (`DEFAULT_RULES`), worded by the built-in content. A site's own set
   * (checked with `validateRuleSet`) brings its own labels per locale; when it lacks the widget's
   * locale, its first locale is used with one warning. An invalid set shows an error in the widget
   * and is logged; setting a valid set (or `null` for the default) again recovers. The check's
   * code loads on demand, so a new set applies asynchronously: `await el.updateComplete` to see
   * it; `flags` set in the meantime are applied against the new set.
   */
  get rules(): RuleSet {
    return this.activeRules;
  }

  set rules(value: RuleSet | null | undefined) {
    if (value === null || value === undefined) {
      this.#rulesCheck.reset();
      this.#useRules(DEFAULT_RULES);
      this.#applyFlagsAwaitingRules();
      this.#showConfigProblems();
      return;
    }
    // Flags set while the check runs wait for it.
    this.#rulesCheck.start(value);
  }

  #applyFlagsAwaitingRules(): void {
    const waiting = this.#flagsAwaitingRules;
    this.#flagsAwaitingRules = undefined;
    if (waiting !== undefined) this.flags = waiting;
  }

  /**
   * Whom to contact for each tier, replacing the built-in Norwegian contacts (legevakt 116 117,
   * emergency 113, the GP): `{ emergency: Contact[], 'seek-help': Contact[] }`, each contact
   * `{ id, label, number?, description? }` (checked with `validateContacts`). Numbers become
   * `tel:` links. An invalid value shows an error in the widget; `null` restores the defaults.
   * Reading it gives the site's contacts, or the defaults in the current language once loaded.
   */
  get contacts(): Contacts | undefined {
    return this.#contactsCheck.value ?? this.content?.contacts;
  }

  set contacts(value: Contacts | null | undefined) {
    if (value === null || value === undefined) {
      this.#contactsCheck.reset();
      this.#showConfigProblems();
      return;
    }
    this.#contactsCheck.start(value);
  }

  /** Clears every answer, as the reset button does (without moving focus). */
  clear(): void {
    this.#pageFlags = undefined;
    this.ticked = [];
    this.noneChosen = false;
    this.#lastAnnounced = '';
    this.#announceWhenLoaded = false;
    this.announcement = { polite: '', assertive: '' };
  }

  /**
   * A dated summary as plain text, for a journal note or for the patient: every question with
   * its answer, the result with the numbers to call, and the source (brochure section 6). In
   * the clinician audience, concise professional wording. Empty until the content has loaded,
   * while a broken configuration is shown, and after the first answer until the result's code and wording have
   * loaded (`await el.updateComplete`).
   */
  toPlainText(date: Date = new Date()): string {
    const content = this.#contentForAudience();
    const view = this.#currentView();
    // A broken configuration shows an error instead of the checklist; no summary stands in for it.
    if (!view || !content || this.failure || (view.answered && !view.result)) return '';
    return checklistPlainText(plainTextInput(view, content, this.locale, date));
  }

  #useRules(rules: RuleSet): void {
    this.activeRules = rules;
    this.ticked = partitionFlags(this.ticked, rules).known;
  }

  #showConfigProblems(): void {
    const problem = this.#rulesCheck.problem ?? this.#contactsCheck.problem;
    if (problem) this.failWith('config', problem);
    else this.clearConfigFailure();
  }

  /** The audience in use, after checking the attribute. */
  get #resolvedAudience(): Audience {
    return this.allowed('audience', this.audience, AUDIENCES, 'patient');
  }

  /** The advice link, when it is a relative or http(s) address. */
  get #resolvedAdviceHref(): string | undefined {
    const href = this.adviceHref.trim();
    if (href === '') return undefined;
    try {
      // A server has no page address; a relative link is fine there, the browser checks it again.
      const url = new URL(href, onServer ? 'http://server.invalid/' : document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return href;
    } catch {
      // falls through to the warning
    }
    this.log.warn(
      `advice-href:${href}`,
      `<${this.localName}> advice-href "${href}" is not an http(s) or relative address; the link is left out.`,
    );
    return undefined;
  }

  /**
   * The content with, for clinicians, their wording; undefined until all of it has loaded. The
   * professional wording is a chunk of its own, so pages written for patients never download it.
   */
  #contentForAudience(): RedFlagContent | undefined {
    const content = this.content;
    if (!content || this.#resolvedAudience === 'patient') return content;
    const clinician = this.optionalContent('clinician-wording', content.common.locale, loadRedFlagsClinician);
    return clinician && { ...content, clinician };
  }

  /**
   * The view to render; undefined until the content (and, for clinicians, their wording) has
   * loaded. Without the result's code and wording it has no result yet, and an answer starts loading them.
   */
  #currentView(): ChecklistView | undefined {
    const content = this.#contentForAudience();
    if (!content) return undefined;
    const input = {
      content,
      locale: this.locale,
      audience: this.#resolvedAudience,
      rules: this.activeRules,
      contacts: this.#contactsCheck.value,
      answers: { flags: this.ticked, noneChosen: this.noneChosen },
    };
    const result = this.#loadedResult();
    if (result) {
      const { code, wording } = result;
      return code.checklistView({ ...input, content: { ...content, ...wording } });
    }
    const view = questionsView(input);
    if (view.answered) this.#startResult();
    return view;
  }

  /** The result's code and wording, when they are loaded for the content's language. */
  #loadedResult(): LoadedResult | undefined {
    const result = this.#result.value;
    return result && result.locale === this.content?.common.locale ? result : undefined;
  }

  #startResult(): void {
    const locale = this.content?.common.locale;
    if (locale && !this.#loadedResult()) this.#result.request(locale);
  }

  readonly #onIntent = (): void => {
    this.#startResult();
  };

  protected override readonly contentLoader = loadRedFlags;

  protected override baseClass(): string {
    return `audience-${this.#resolvedAudience}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The card's styles come with its code; adopt them before the card first renders.
    const code = this.#result.value?.code;
    if (code) this.adoptOnDemandStyles(code.resultStyles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // One event per change of the result, after it is on screen, whoever changed it.
    // Not while the result's code is on its way: the event follows the card.
    const state = this.#stateKey();
    if (state !== this.#lastEmittedState && !this.#result.pending) {
      this.#lastEmittedState = state;
      this.#emitChange();
    }
    if (this.#focusFirstQuestionAfterUpdate) {
      this.#focusFirstQuestionAfterUpdate = false;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    }
    // Where the numbers fall just below the screen (long words, large text), bring them in
    // with the least scroll, once they are shown; focus stays on the box just ticked.
    const call = this.#revealCallAfterUpdate ? this.renderRoot.querySelector('[part~="urgent-call"]') : null;
    if (call || !this.#result.pending) {
      this.#revealCallAfterUpdate = false;
      call?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  readonly #onFlagChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const others = this.ticked.filter((id) => id !== input.value);
    const wasEmergency = this.triage.tier === 'emergency';
    this.ticked = partitionFlags(input.checked ? [...others, input.value] : others, this.activeRules).known;
    if (input.checked) this.noneChosen = false;
    this.#revealCallAfterUpdate = !wasEmergency && this.triage.tier === 'emergency';
    this.#afterAnswer();
  };

  readonly #onNoneChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.noneChosen = input.checked;
    if (input.checked) this.ticked = [];
    this.#afterAnswer();
  };

  readonly #onReset = (): void => {
    this.clear();
    this.#focusFirstQuestionAfterUpdate = true;
  };

  /** Announces a new result (assertive for an emergency, polite otherwise) and tells the page. */
  #afterAnswer(): void {
    const view = this.#currentView();
    const code = this.#loadedResult()?.code;
    this.#announceWhenLoaded = Boolean(view?.answered && !code);
    if (this.#announceWhenLoaded) return;
    const result = view?.result;
    const text = result && code ? code.resultAnnouncement(result) : '';
    if (text !== this.#lastAnnounced) {
      this.#lastAnnounced = text;
      this.announcement =
        result?.tier === 'emergency' ? { polite: '', assertive: text } : { polite: text, assertive: '' };
    }
  }

  /** The state the event reports, as one comparable string. */
  #stateKey(): string {
    const { tier, flags } = this.triage;
    return `${this.answered}|${tier}|${flags.join(' ')}`;
  }

  #emitChange(): void {
    this.emit('rygg-triage-change', { ...this.triage, answered: this.answered } satisfies TriageChangeDetail);
  }

  protected override renderContent(content: RedFlagContent): TemplateResult {
    const view = this.#currentView();
    if (!view) return this.renderLoading();
    if (view.labelLocaleFallback) {
      this.log.warn(
        `label-locale:${this.activeRules.id}:${this.locale}`,
        `<${this.localName}> rule set "${this.activeRules.id}" has no labels in "${this.locale}"; showing its "${view.labelLocaleFallback}" labels.`,
      );
    }
    const level = this.resolvedHeadingLevel;
    const loaded = this.#loadedResult();
    let card: TemplateResult = html`<p class="placeholder">${content.ui.resultPlaceholder}</p>`;
    if (loaded && view.result) {
      const { code, wording } = loaded;
      const adviceHref = view.result.tier === 'self-care' ? this.#resolvedAdviceHref : undefined;
      card = code.renderCard(view.result, { ...content, ...wording }, subLevel(level), adviceHref);
    }
    return html`
      ${headingTemplate(level, view.title, 'title', '', 'title')}
      ${view.intro ? html`<p class="intro">${view.intro}</p>` : nothing}
      <div class="layout" @pointerover=${this.#onIntent} @focusin=${this.#onIntent}>
        ${this.#renderQuestions(view)}
        <div class="result" part="result">
          ${card}
          ${view.answered ? html`<button type="button" class="reset no-print" part="reset" @click=${this.#onReset}>${content.ui.reset}</button>` : nothing}
        </div>
      </div>
      <div class="notes">
        <p class="source" part="source">${view.source}</p>
        ${view.sourceNote ? html`<p>${view.sourceNote}</p>` : nothing}
        <p>${content.ui.privacyNote}</p>
      </div>
      <div class="visually-hidden live" data-politeness="polite" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement.polite}
      </div>
      <div class="visually-hidden live" data-politeness="assertive" aria-live="assertive" aria-atomic="true">
        ${this.announcement.assertive}
      </div>
    `;
  }

  #renderQuestions(view: ChecklistView): TemplateResult {
    const content = this.content;
    const yes = content?.ui.answerYes ?? '';
    const no = content?.ui.answerNo ?? '';
    // `.checked` needs no live(): every change of a box goes through the state, so the value Lit
    // last set is always what the box shows.
    // Checkboxes print poorly: paper shows the answer in words, or an empty box to tick by hand.
    const printAnswer = (checked: boolean) =>
      html`<span class="print-answer" aria-hidden="true"
        >${view.answered ? (checked ? `✓ ${yes}` : `✗ ${no}`) : '☐'}</span
      >`;
    return html`<fieldset class="questions" part="questions">
      <legend class="legend">${view.legend}</legend>
      ${view.groups.map((group) => this.#renderGroup(group, view, printAnswer))}
      <div class="none-of-these">
        <input
          type="checkbox"
          id="none-of-these"
          name="none-of-these"
          .checked=${view.none.checked}
          @change=${this.#onNoneChange}
        />
        ${printAnswer(view.none.checked)}
        <label for="none-of-these">${view.none.label}</label>
      </div>
    </fieldset>`;
  }

  #renderGroup(group: GroupView, view: ChecklistView, printAnswer: (checked: boolean) => unknown): TemplateResult {
    const showSource = view.audience === 'clinician';
    // On a phone the result card is far below: the numbers to call appear right under the
    // emergency signs, where the reader just ticked one. Focus stays where it is.
    const urgent = group.tier === 'emergency' && view.result?.tier === 'emergency' ? view.result : undefined;
    const code = this.#loadedResult()?.code;
    return html`<fieldset class="group group-${group.tier}">
      <legend class="group-legend">
        ${group.tier === 'emergency' ? icon('emergency', EMERGENCY_ICON) : nothing}<span>${group.label}</span>
      </legend>
      <ul class="question-list" role="list">
        ${group.questions.map(
          (question) =>
            html`<li class="question">
              <input
                type="checkbox"
                id="flag-${question.index}"
                name="flag-${group.tier}"
                value=${question.id}
                .checked=${question.checked}
                @change=${this.#onFlagChange}
              />
              ${printAnswer(question.checked)}
              <label for="flag-${question.index}" lang=${question.lang ?? nothing}>${question.label}</label>
              ${showSource && question.section ? html`<span class="question-source">${question.section}</span>` : nothing}
            </li>`,
        )}
      </ul>
      ${
        urgent && urgent.contacts.length > 0 && code
          ? html`<div class="urgent-call" part="urgent-call">
              ${code.renderContacts(urgent.contacts, false, this.content?.ui.call ?? '')}
            </div>`
          : nothing
      }
    </fieldset>`;
  }
}
