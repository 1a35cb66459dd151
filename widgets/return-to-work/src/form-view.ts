/**
 * The form of <rygg-return-to-work>'s conversation checklist and its printed answers. Only the
 * checklist needs this code (and Lit's `live` directive, which only its fields use), so the
 * element imports it the first time the checklist is shown; pages without the checklist never
 * download it. Renders from what the element passes in; the entries and handlers stay in the element.
 * Its rules come with it too (`formStyles`).
 */
import { css, html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { plainDate } from '@ryggrad/core';
import type { WorkContent } from '@ryggrad/content';
import { PERCENTAGE, formatPercentage, parseIsoDate, type ChecklistEntries, type TextField } from './checklist.js';

/**
 * Styles of the form and its printed answers, added after the element's own
 * (return-to-work.styles.ts) when this code arrives.
 */
export const formStyles = css`
  .fields {
    display: grid;
    gap: 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .field label {
    font-weight: 700;
  }
  .hint,
  .privacy {
    margin: 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .privacy {
    margin-top: 0.75em;
  }
  textarea,
  input {
    width: 100%;
    max-width: 100%;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    resize: vertical;
    min-height: 4.5em;
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .with-unit input {
    width: 7em;
  }
  .unit {
    font-weight: 700;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_emergency);
  }
  .field-error {
    margin: 0;
    color: var(--_emergency);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_leaflet-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button.print {
    background: var(--_leaflet-accent);
    color: var(--_accent-contrast);
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-style: dashed;
      border-width: 3px;
    }
  }
  @media print {
    .checklist-print {
      margin: 0;
    }
    .checklist-print dt {
      font-weight: 700;
      margin-top: 0.5em;
    }
    .checklist-print dd {
      margin: 0;
      white-space: pre-line;
    }
    .checklist-print dd.write-in {
      /* A line to write the answer on by hand. */
      height: 1.75em;
      border-bottom: 1px solid #000;
    }
  }
`;

/** What the form shows, and what it tells the element when the patient writes or presses a button. */
export interface ConversationForm {
  content: WorkContent;
  entries: ChecklistEntries;
  /** What is typed in the percentage field, as typed, and whether it is valid. */
  percentageInput: { raw: string; valid: boolean };
  /** A short message for screen readers after an action (e.g. the form was cleared). */
  status: string;
  onTextInput(field: TextField, value: string): void;
  /** `badInput` is the browser's verdict on text that is not a number at all. */
  onPercentageInput(raw: string, badInput: boolean): void;
  onDateInput(value: string): void;
  onPrint(): void;
  onClear(): void;
}

/** The form (not printed) followed by the entries as text for paper. */
export function conversationForm(form: ConversationForm): TemplateResult {
  const labels = form.content.checklist;
  const { raw, valid } = form.percentageInput;
  const describedBy = valid ? 'graded-percentage-hint' : 'graded-percentage-hint graded-percentage-error';
  const onDate = (event: Event): void => {
    form.onDateInput((event.target as HTMLInputElement).value);
  };
  return html`<form
      class="checklist-form no-print"
      autocomplete="off"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <div class="fields">
        ${textField(form, 'tasksThatWork', 'tasks-that-work', labels.tasksThatWork)}
        ${textField(form, 'tasksToAdjust', 'tasks-to-adjust', labels.tasksToAdjust)}
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
              @input=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                form.onPercentageInput(input.value, input.validity.badInput);
              }}
            /><span class="unit">%</span>
          </span>
          <p class="field-error" id="graded-percentage-error" aria-live="polite">
            ${valid ? '' : form.content.ui.percentError}
          </p>
        </div>
        <div class="field">
          <label for="follow-up-date">${labels.followUpDate}</label>
          <input
            id="follow-up-date"
            name="followUpDate"
            type="date"
            autocomplete="off"
            .value=${live(form.entries.followUpDate)}
            @input=${onDate}
            @change=${onDate}
          />
        </div>
        ${textField(form, 'notes', 'checklist-notes', labels.notes)}
      </div>
      <p class="privacy">${labels.nothingStored}</p>
      <div class="actions">
        <button
          type="button"
          class="print"
          @click=${() => {
            form.onPrint();
          }}
        >
          ${labels.print}
        </button>
        <button
          type="button"
          class="clear"
          @click=${() => {
            form.onClear();
          }}
        >
          ${labels.clear}
        </button>
      </div>
      <p class="visually-hidden" role="status">${form.status}</p>
    </form>
    ${printedEntries(form.content, form.entries)}`;
}

function textField(form: ConversationForm, field: TextField, id: string, label: string): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea
      id=${id}
      name=${field}
      rows="3"
      autocomplete="off"
      .value=${live(form.entries[field])}
      @input=${(event: Event) => {
        form.onTextInput(field, (event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
  </div>`;
}

/** The entries as text for paper: interactive fields do not print, so answers (or lines to write on) do. */
function printedEntries(content: WorkContent, entries: ChecklistEntries): TemplateResult {
  const labels = content.checklist;
  const locale = content.common.locale;
  const date = parseIsoDate(entries.followUpDate);
  const percentage = entries.gradedPercentage;
  const rows: [string, string][] = [
    [labels.tasksThatWork, entries.tasksThatWork.trim()],
    [labels.tasksToAdjust, entries.tasksToAdjust.trim()],
    [labels.gradedPercentage, percentage === null ? '' : formatPercentage(percentage, locale)],
    [labels.followUpDate, date ? plainDate(date, locale) : ''],
    [labels.notes, entries.notes.trim()],
  ];
  return html`<dl class="checklist-print print-only">
    ${rows.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd class=${value ? 'answer' : 'write-in'}>${value}</dd>`,
    )}
  </dl>`;
}
