import { css } from 'lit';

/**
 * Styles of <rygg-return-to-work> on top of the shared leaflet block (core
 * `leafletWidgetStyles`): the layout and the conversation checklist's frame. The form inside it
 * loads on demand, and its rules with it (form-view.ts).
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
  @container (min-width: 42em) {
    /* Advice and checklist side by side; the advice alone takes the full width. */
    .layout {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
      align-items: start;
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
  }
`;
