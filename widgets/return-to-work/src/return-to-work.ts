import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  AUDIENCES,
  RyggElement,
  headingTemplate,
  leafletSection,
  leafletTemplate,
  leafletWidgetStyles,
  subLevel,
  type Audience,
  type HeadingLevel,
} from '@ryggrad/core';
import { loadWork } from '@ryggrad/content';
import type { WorkContent } from '@ryggrad/content';
import { EMPTY_ENTRIES, checkPercentage, parseIsoDate, type ChecklistEntries, type TextField } from './checklist.js';
import { returnToWorkPlainText } from './plain-text.js';
import { returnToWorkStyles } from './return-to-work.styles.js';
import { workView } from './view.js';

/** The checklist's form, imported the first time the checklist is shown (form-view.ts). */
export type FormViewModule = typeof import('./form-view.js');

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
 * @csspart error - The error box shown instead of the content when it cannot load (or instead of the checklist's form when only the form cannot).
 *
 * @cssprop --rygg-work-accent - Colour of the key-message border, the section rules and the checklist frame. Defaults to `--rygg-color-accent`.
 */
export class RyggReturnToWork extends RyggElement<WorkContent> {
  static override styles = leafletWidgetStyles({ token: 'work', wide: '40em', narrow: '66em' }, returnToWorkStyles);
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
  audience = 'patient';

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
  /** The checklist form's code: loaded the first time the checklist is shown. */
  private readonly formView = this.onDemand("the checklist's form", () => this.importFormView());

  /** The audience actually used, after checking the attribute. */
  get resolvedAudience(): Audience {
    return this.allowed('audience', this.audience, AUDIENCES, 'patient');
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

  protected override readonly contentLoader = loadWork;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The form's code loads the first time the checklist is shown, also when it is from the start.
    if (changed.has('checklist') && this.checklist) this.formView.start();
    // Its rules come with it: in place before the form first renders.
    const form = this.formView.value;
    if (form) this.adoptOnDemandStyles(form.formStyles);
  }

  /**
   * Imports the checklist form's code. Its own method so a subclass can supply the code another
   * way; the import stays literal so bundlers put the form in a chunk of its own.
   */
  protected importFormView(): Promise<FormViewModule> {
    return import('./form-view.js');
  }

  protected override baseClass(): string {
    return `audience-${this.resolvedAudience}`;
  }

  protected override renderContent(content: WorkContent): TemplateResult {
    const view = workView(content, this.resolvedAudience);
    const level = subLevel(this.resolvedHeadingLevel);
    return leafletTemplate(
      this.resolvedHeadingLevel,
      view,
      html`<div class="key-message"><p>${view.keyMessage}</p></div>
        <div class="layout">
          ${leafletSection(level, view.heading, view.items)}
          ${this.checklist ? this.renderChecklist(content, level) : nothing}
        </div>`,
    );
  }

  /**
   * The checklist's frame (heading and introduction, so the box is in place at once) around its
   * form, which is loaded the first time the checklist is shown: a quiet placeholder stands in
   * until it arrives, and a readable message if it cannot load. The advice stays either way.
   */
  private renderChecklist(content: WorkContent, level: HeadingLevel): TemplateResult {
    const labels = content.checklist;
    return html`<section class="checklist" part="checklist">
      ${headingTemplate(level, labels.heading)}
      <p class="checklist-intro">${labels.intro}</p>
      ${
        this.formView.value
          ? this.formView.value.conversationForm({
              content,
              entries: this.entries,
              percentageInput: this.percentageInput,
              status: this.status,
              onTextInput: this.onTextInput,
              onPercentageInput: this.onPercentageInput,
              onDateInput: this.onDateInput,
              onPrint: this.onPrint,
              onClear: () => void this.onClear(content),
            })
          : this.formView.problem
            ? this.renderFailure({ kind: 'load', detail: this.formView.problem })
            : html`<div class="form-pending">${this.renderLoading()}</div>`
      }
    </section>`;
  }

  private readonly onTextInput = (field: TextField, value: string): void => {
    this.entries = { ...this.entries, [field]: value };
    this.status = '';
  };

  private readonly onPercentageInput = (raw: string, badInput: boolean): void => {
    const checked = checkPercentage(raw, badInput);
    this.percentageInput = { raw, valid: checked.valid };
    this.entries = { ...this.entries, gradedPercentage: checked.value };
    this.status = '';
  };

  private readonly onDateInput = (value: string): void => {
    if (value === this.entries.followUpDate) return;
    this.entries = { ...this.entries, followUpDate: parseIsoDate(value) ? value : '' };
    this.status = '';
  };

  private readonly onPrint = (): void => {
    window.print();
  };

  private async onClear(content: WorkContent): Promise<void> {
    this.clearChecklist();
    this.status = content.ui.cleared;
    await this.updateComplete;
    // Back to the first field, where filling in starts again.
    this.shadowRoot?.querySelector<HTMLTextAreaElement>('#tasks-that-work')?.focus();
  }
}
