import { css } from 'lit';

/**
 * Styles of <rygg-return-to-work> on top of the shared leaflet block (core
 * `leafletWidgetStyles`): the conversation checklist, including its
 * form (whose template loads on demand; its styles stay with the element's).
 */
export const returnToWorkStyles = css`
  .layout {
    display: grid;
    gap: 0 1.5em;
  }
  .checklist {
    margin: 0 0 1em;
    padding: 0.75em;
    border: 1px solid var(--_leaflet-accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  /* While the form's code loads: a quiet box about the form's height where it is shortest
     (41em, at 600px and wider), so the page grows no more than it must when the form arrives. */
  .form-pending .loading {
    min-height: 41em;
  }
  .checklist :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.125em;
  }
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
  @container (min-width: 42em) {
    /* Advice and checklist side by side; the advice alone takes the full width. */
    .layout {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-style: dashed;
      border-width: 3px;
    }
  }
  @media print {
    .audience-label {
      color: #000;
    }
    .layout {
      display: block;
    }
    .checklist {
      background: none;
      border-color: #000;
      break-inside: avoid;
    }
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
