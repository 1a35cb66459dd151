import { css } from 'lit';

/**
 * Styles of <rygg-red-flag-checklist>. Colours come only from the private `--_*` tokens of the
 * base element and the checklist's own tokens that fall back to them; sizes are px/em.
 * The three result levels differ in icon, heading and border weight as well as colour, so they
 * stay distinct in forced colours and in black-and-white print.
 */
export const checklistStyles = css`
  .base {
    /* The emergency signs' tone; the result card's tones come with its styles (result.styles.ts). */
    --_tone-emergency: var(--rygg-checklist-emergency-color, var(--_emergency));
    container-type: inline-size;
  }

  .intro {
    max-width: 40em;
  }

  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  /* Questions */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .legend {
    padding: 0;
    margin-bottom: 0.75em;
    font-weight: 600;
    font-size: 1.0625em;
  }
  .group {
    margin: 0 0 1em;
    padding: 0.75em 0.875em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .group-emergency {
    border: 4px solid var(--_tone-emergency);
    border-inline-start-width: 0.5em;
  }
  .group-legend {
    /* Floated, the legend sits inside the group's border like a card heading. */
    float: left;
    inline-size: 100%;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0;
    font-weight: 600;
  }
  .group-legend + * {
    clear: both;
  }
  .group-emergency .group-legend .icon {
    color: var(--_tone-emergency);
  }
  .question-list {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .question,
  .none-of-these {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.625em;
    align-items: start;
    padding: 0.375em 0;
  }
  .question + .question {
    border-top: 1px solid var(--_surface-raised);
  }
  .question input,
  .none-of-these input {
    /* A large target (WCAG 2.2 target size) that lines up with the first line of the label. */
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.0625em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .question label,
  .none-of-these label {
    cursor: pointer;
    padding-block: 0.0625em;
  }
  .question-source {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .print-answer {
    display: none;
  }
  .none-of-these {
    margin-top: 0.25em;
    padding: 0.625em 0.875em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  /* Result: the placeholder until an answer; the card's own rules come with its code (result.styles.ts). */
  .result {
    display: grid;
    gap: 0.75em;
    align-content: start;
  }
  .placeholder {
    margin: 0;
    padding: 0.75em 0.875em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: currentColor;
  }
  .group-legend .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-top: 0.125em;
  }

  .reset {
    justify-self: start;
    min-block-size: 2.75em;
    padding: 0.375em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .reset:hover {
    background: var(--_surface-raised);
  }

  .notes {
    margin-top: var(--_space);
  }
  .notes p {
    font-size: 0.875em;
    color: var(--_text-muted);
    margin: 0 0 0.375em;
  }

  /* Clinicians: compact, with the source of every question in view. */
  .audience-clinician [part~='title'] {
    font-size: 1.1875em;
  }
  .audience-clinician .group {
    padding: 0.5em 0.75em 0.25em;
    margin-bottom: 0.625em;
  }
  .audience-clinician .question,
  .audience-clinician .none-of-these {
    padding-block: 0.1875em;
  }
  .audience-clinician .none-of-these {
    padding-inline: 0.75em;
  }

  /* Phones: the narrowest layouts. */
  @container (max-width: 22em) {
    .group,
    .none-of-these {
      padding-inline: 0.5em;
    }
  }
  /* A wide column: the result beside the questions, so it stays in view while answering. */
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
    }
    .result {
      position: sticky;
      top: var(--_space);
    }
    .audience-clinician .question {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .audience-clinician .question-source {
      grid-column: 3;
      white-space: nowrap;
    }
  }

  /* Forced colours: the level shows in border weight, icon and heading, never in colour alone. */
  @media (forced-colors: active) {
    .group-emergency {
      border-style: double;
      border-width: 0.375em;
    }
    .icon {
      fill: CanvasText;
    }
    /* A ticked box's own mark is small in system colours: its row takes a Highlight edge, so the
       answers given show at a glance as the filled boxes do in colour. */
    .question:has(> input:checked) {
      outline: 2px solid Highlight;
    }
    .none-of-these:has(> input:checked) {
      border-style: solid;
      border-color: Highlight;
    }
  }

  /* Print: one black-and-white page with the answers written out. */
  @media print {
    .base {
      --_tone-emergency: #000;
      --_text-muted: #000;
      --_border: #000;
      --_surface: #fff;
      --_surface-raised: #fff;
    }
    .layout {
      display: block;
    }
    .result {
      margin-top: 1em;
    }
    .question input,
    .none-of-these input {
      display: none;
    }
    .print-answer {
      display: inline;
      font-weight: 700;
    }
    .question,
    .none-of-these {
      grid-template-columns: 4.5em minmax(0, 1fr);
    }
    .audience-clinician .question {
      grid-template-columns: 4.5em minmax(0, 1fr) auto;
    }
    .placeholder,
    .reset {
      display: none;
    }
    .group {
      break-inside: avoid;
    }
  }
`;
