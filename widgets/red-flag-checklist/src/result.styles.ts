import { css } from 'lit';

/**
 * Styles of the checklist's result card and of the numbers to call under the emergency signs:
 * care cards in the manner of NHS.UK. They travel with the card's code (result-view.ts), which
 * the element adopts when it arrives, so a page that is never answered does not download them.
 * The emergency signs' tone (`--_tone-emergency`) is set in red-flag-checklist.styles.ts.
 */
export const resultStyles = css`
  .base {
    --_tone-seek-help: var(--rygg-checklist-seek-help-color, var(--_warning));
    --_tone-self-care: var(--rygg-checklist-self-care-color, var(--_ok));
    /* Text on a tone background: the surface colour contrasts with every tone in both themes. */
    --_on-tone: var(--_surface);
    /* The emergency fill: the light theme's red, and in dark a saturated red under white text
       rather than the pale red dark text needs (which reads as salmon, not as an alarm). */
    --_emergency-fill: light-dark(var(--_tone-emergency), #d21f2c);
    --_on-emergency-fill: light-dark(var(--_surface), #fff);
  }
  .card {
    --_tone: var(--_tone-self-care);
    border: 3px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .card-seek-help {
    --_tone: var(--_tone-seek-help);
  }
  .card-emergency {
    --_tone: var(--_emergency-fill);
    --_on-tone: var(--_on-emergency-fill);
    border-width: 0.375em;
    background: var(--_tone);
    color: var(--_on-tone);
  }
  .card-heading-box {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.625em 0.875em;
    background: var(--_tone);
    color: var(--_on-tone);
  }
  .card-heading {
    margin: 0;
    font-size: 1.25em;
    color: inherit;
  }
  .card-body {
    padding: 0.75em 0.875em;
  }
  .card-body > :last-child {
    margin-bottom: 0;
  }
  .card-emergency .card-body {
    padding-top: 0;
  }
  .card-emergency a {
    color: inherit;
  }
  .card-emergency :focus-visible {
    outline-color: currentColor;
  }
  .action {
    font-size: 1.0625em;
  }
  .contacts,
  .advice {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .advice {
    list-style: disc;
    padding-inline-start: 1.25em;
    gap: 0.25em;
  }
  /* Labels in one column, call buttons in the next: the buttons line up under each other. */
  .contacts {
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 0.75em;
  }
  .contact {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    row-gap: 0.25em;
  }
  .contact-label {
    font-weight: 600;
  }
  .contact-description {
    grid-column: 1 / -1;
    font-size: 0.9375em;
  }
  .tel {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.25em 0.875em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
    font-size: 1.125em;
    text-decoration: none;
    white-space: nowrap;
  }
  .tel:hover {
    text-decoration: underline;
  }
  /* The numbers to call, under the emergency signs: the card's colours, right where the reader
     is, side by side so both fit on a phone screen below the box just ticked. */
  .urgent-call {
    margin: 0.25em 0;
    padding: 0.375em 0.5em 0.5em;
    border-radius: var(--_radius);
    background: var(--_emergency-fill);
    color: var(--_on-emergency-fill);
  }
  .urgent-call .contacts {
    margin: 0;
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
    gap: 0.25em 0.5em;
  }
  .urgent-call .contact {
    grid-column: auto;
    grid-row: span 2;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: subgrid;
  }
  .urgent-call .contact-label {
    align-self: end;
    font-size: 0.875em;
    line-height: 1.3;
  }
  .urgent-call .tel {
    justify-content: center;
    padding-inline: 0.375em;
    font-size: 1em;
    white-space: nowrap;
  }
  .urgent-call a {
    color: inherit;
  }
  .urgent-call :focus-visible {
    outline-color: currentColor;
  }

  /* Phones: the narrowest layouts. */
  @container (max-width: 22em) {
    .card-heading-box,
    .card-body {
      padding-inline: 0.5em;
    }
    .tel {
      white-space: normal;
    }
  }

  /* Forced colours: the level shows in border weight, icon and heading, never in colour alone. */
  @media (forced-colors: active) {
    /* Tone backgrounds would become system text colour under a text backplate: keep the card plain. */
    .card,
    .card-emergency,
    .card-heading-box,
    .urgent-call {
      background: Canvas;
      color: CanvasText;
    }
    .urgent-call {
      border: 2px solid CanvasText;
    }
    .card-emergency {
      border-style: double;
      border-width: 0.5em;
    }
    .card-emergency .card-body {
      padding-top: 0.75em;
    }
    .card-heading-box {
      border-bottom: 2px solid CanvasText;
    }
  }

  /* Print: black on white, the numbers as plain text. */
  @media print {
    .base {
      --_tone-seek-help: #000;
      --_tone-self-care: #000;
      --_on-tone: #000;
    }
    .card,
    .card-emergency,
    .card-heading-box,
    .urgent-call {
      background: #fff;
      color: #000;
    }
    .card-emergency {
      border: 0.375em solid #000;
    }
    .tel {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
