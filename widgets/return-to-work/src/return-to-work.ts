import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  RyggElement,
  baseStyles,
  headingTemplate,
  leafletStyles,
  pickAllowed,
  plainDate,
  subLevel,
  tokenStyles,
  type HeadingLevel,
  type Locale,
} from '../../../packages/core/src/index.js';
import { loadWork } from '../../../packages/content/src/index.js';
import type { WorkContent } from '../../../packages/content/src/index.js';
import { EMPTY_ENTRIES, PERCENTAGE, checkPercentage, formatPercentage, parseIsoDate, type ChecklistEntries, type TextField } from './checklist.js';
import { returnToWorkPlainText } from './plain-text.js';
import { returnToWorkStyles } from './return-to-work.styles.js';
import { WORK_AUDIENCES, workView, type WorkAudience } from './view.js';

/**
 * "Jobb med ryggen din" — work with your back: ordinary work usually helps the back heal, there is
 * no need to wait until the pain is gone, tasks can be adjusted with the employer, and graded sick
 * leave is always the first alternative (brochure sections 7 and 5). For the patient, or as short
 * guidance for whoever writes the sick note. An optional checklist prepares the patient's talk
 * with the employer; what is written in it stays in memory only, and is printed and copied with
 * the advice.
 *
 * @tagname rygg-return-to-work
 * @summary Keep working with back pain: graded sick leave first, with an optional checklist for the talk with the employer.
 *
 * @csspart base - The widget's box (also carries the theme and language).
 * @csspart title - The title heading.
 * @csspart section - The block of advice: its heading and list.
 * @csspart checklist - The conversation checklist (with the `checklist` attribute).
 * @csspart source - The source line (brochure, FORMI 2007, sections).
 * @csspart error - The error box shown instead of the content when it cannot load.
 *
 * @cssprop --rygg-work-accent - Colour of the key-message border, the section rules and the checklist frame. Defaults to `--rygg-color-accent`.
 */
export class RyggReturnToWork extends RyggElement<WorkContent> {
  static override styles = [tokenStyles, baseStyles, leafletStyles, returnToWorkStyles];
  static override properties = {
    audience: {},
    checklist: { type: Boolean },
    entries: { state: true, attribute: false },
    percentageInput: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /**
   * Who the text is for: `patient` (default), or `clinician` for concise guidance to whoever
   * writes the sick note. Other values fall back to `patient` with one console warning.
   */
  audience: string = 'patient';

  /**
   * Shows a checklist for the patient's talk with the employer: tasks that work, tasks to adjust,
   * a graded sick-leave percentage and a follow-up date. Entries are kept in memory only.
   */
  checklist = false;


  private entries: ChecklistEntries = EMPTY_ENTRIES;
  /** What is typed in the percentage field, as typed, and whether it is valid. */
  private percentageInput = { raw: '', valid: true };
  /** A short message for screen readers after an action (e.g. the form was cleared). */
  private status = '';

  /** The audience actually used, after checking the attribute. */
  get resolvedAudience(): WorkAudience {
    const { value, problem } = pickAllowed(this.audience, WORK_AUDIENCES, 'patient');
    if (problem) this.log.warn(`audience:${this.audience}`, `<${this.localName}> audience ${problem}.`);
    return value;
  }


  /**
   * The checklist as filled in right now: a frozen copy, so changing it changes nothing. Nothing
   * in it is stored anywhere; it is gone when the page is closed or the clear button is pressed.
   */
  get checklistEntries(): ChecklistEntries {
    return Object.freeze({ ...this.entries });
  }

  /** Empties the checklist, as its clear button does. */
  clearChecklist(): void {
    this.entries = EMPTY_ENTRIES;
    this.percentageInput = { raw: '', valid: true };
  }

  /**
   * The advice shown as plain text in the widget's language, with the checklist entries when the
   * checklist is shown and filled in ('' until the content has loaded).
   */
  toPlainText(): string {
    if (!this.content) return '';
    return returnToWorkPlainText(this.content, this.resolvedAudience, this.checklist ? this.entries : undefined);
  }

  protected override loadContent(locale: Locale): Promise<WorkContent> {
    return loadWork(locale);
  }

  protected override baseClass(): string {
    return `audience-${this.resolvedAudience}`;
  }

  protected override renderContent(content: WorkContent): TemplateResult {
    const view = workView(content, this.resolvedAudience);
    const level = this.resolvedHeadingLevel;
    return html`
      ${headingTemplate(level, view.title, 'leaflet-title', '', 'title')}
      <p class="audience-label">${view.audienceLabel}</p>
      <div class="key-message"><p>${view.keyMessage}</p></div>
      <div class="layout">
        <section class="leaflet-section" part="section">
          ${headingTemplate(subLevel(level), view.heading)}
          <ul>
            ${view.items.map((item) => html`<li data-item=${item.id}>${item.text}</li>`)}
          </ul>
        </section>
        ${this.checklist ? this.renderChecklist(content, subLevel(level)) : nothing}
      </div>
      <p class="source" part="source">${view.source}</p>
    `;
  }

  private renderChecklist(content: WorkContent, level: HeadingLevel): TemplateResult {
    const labels = content.checklist;
    const { raw, valid } = this.percentageInput;
    const describedBy = valid ? 'graded-percentage-hint' : 'graded-percentage-hint graded-percentage-error';
    return html`<section class="checklist" part="checklist">
      ${headingTemplate(level, labels.heading)}
      <p class="checklist-intro">${labels.intro}</p>
      <form class="checklist-form no-print" autocomplete="off" novalidate @submit=${(event: Event) => event.preventDefault()}>
        <div class="fields">
          ${this.renderTextField('tasksThatWork', 'tasks-that-work', labels.tasksThatWork)}
          ${this.renderTextField('tasksToAdjust', 'tasks-to-adjust', labels.tasksToAdjust)}
          <div class="field">
            <label for="graded-percentage">${labels.gradedPercentage}</label>
            <p class="hint" id="graded-percentage-hint">${labels.gradedPercentageHint}</p>
            <span class="with-unit">
              <input
                id="graded-percentage"
                name="gradedPercentage"
                type="number"
                inputmode="numeric"
                min=${PERCENTAGE.min}
                max=${PERCENTAGE.max}
                step=${PERCENTAGE.step}
                autocomplete="off"
                aria-describedby=${describedBy}
                aria-invalid=${valid ? 'false' : 'true'}
                .value=${live(raw)}
                @input=${this.onPercentageInput}
              /><span class="unit">%</span>
            </span>
            <p class="field-error" id="graded-percentage-error" aria-live="polite">${valid ? '' : content.ui.percentError}</p>
          </div>
          <div class="field">
            <label for="follow-up-date">${labels.followUpDate}</label>
            <input
              id="follow-up-date"
              name="followUpDate"
              type="date"
              autocomplete="off"
              .value=${live(this.entries.followUpDate)}
              @input=${this.onDateInput}
              @change=${this.onDateInput}
            />
          </div>
          ${this.renderTextField('notes', 'checklist-notes', labels.notes)}
        </div>
        <p class="privacy">${labels.nothingStored}</p>
        <div class="actions">
          <button type="button" class="print" @click=${this.onPrint}>${labels.print}</button>
          <button type="button" class="clear" @click=${() => this.onClear(content)}>${labels.clear}</button>
        </div>
        <p class="visually-hidden" role="status">${this.status}</p>
      </form>
      ${this.renderPrintedEntries(content)}
    </section>`;
  }

  private renderTextField(field: TextField, id: string, label: string): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        name=${field}
        rows="3"
        autocomplete="off"
        .value=${live(this.entries[field])}
        @input=${(event: Event) => this.setTextEntry(field, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  /** The entries as text for paper: interactive fields do not print, so answers (or lines to write on) do. */
  private renderPrintedEntries(content: WorkContent): TemplateResult {
    const labels = content.checklist;
    const locale = content.common.locale;
    const date = parseIsoDate(this.entries.followUpDate);
    const percentage = this.entries.gradedPercentage;
    const rows: Array<[string, string]> = [
      [labels.tasksThatWork, this.entries.tasksThatWork.trim()],
      [labels.tasksToAdjust, this.entries.tasksToAdjust.trim()],
      [labels.gradedPercentage, percentage === null ? '' : formatPercentage(percentage, locale)],
      [labels.followUpDate, date ? plainDate(date, locale) : ''],
      [labels.notes, this.entries.notes.trim()],
    ];
    return html`<dl class="checklist-print print-only">
      ${rows.map(([label, value]) => html`<dt>${label}</dt><dd class=${value ? 'answer' : 'write-in'}>${value}</dd>`)}
    </dl>`;
  }

  private setTextEntry(field: TextField, value: string): void {
    this.entries = { ...this.entries, [field]: value };
    this.status = '';
  }

  private onPercentageInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const checked = checkPercentage(input.value, input.validity.badInput);
    this.percentageInput = { raw: input.value, valid: checked.valid };
    this.entries = { ...this.entries, gradedPercentage: checked.value };
    this.status = '';
  }

  private onDateInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value === this.entries.followUpDate) return;
    this.entries = { ...this.entries, followUpDate: parseIsoDate(value) ? value : '' };
    this.status = '';
  }

  private onPrint(): void {
    window.print();
  }

  private async onClear(content: WorkContent): Promise<void> {
    this.clearChecklist();
    this.status = content.ui.cleared;
    await this.updateComplete;
    // Back to the first field, where filling in starts again.
    this.shadowRoot?.querySelector<HTMLTextAreaElement>('#tasks-that-work')?.focus();
  }
}
