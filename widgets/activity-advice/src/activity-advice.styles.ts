import { css } from 'lit';

/**
 * Styles of <rygg-activity-advice> on top of the shared leaflet block (core `leafletStyles`):
 * the widget's accent token and its balanced columns.
 */
export const activityAdviceStyles = css`
  /* While its content loads, the widget keeps about the height it will have (the same
     figures as the :not(:defined) recipe in the themes), so the page does not jump. */
  :host {
    --_reserved-height: var(--rygg-advice-reserved-height, 74em);
  }
  @media (max-width: 600px) {
    :host {
      --_reserved-height: var(--rygg-advice-reserved-height, 104em);
    }
  }
  .base {
    --_leaflet-accent: var(--rygg-advice-accent, var(--_accent));
  }
  /* Wide: the advice flows through two balanced columns, a long section going on at the top of
     the second, rather than one grid column per section (11 points beside 6 for acute pain). */
  @container (min-width: 42em) {
    .leaflet-sections {
      display: block;
      columns: 2;
      column-gap: 1.5em;
    }
    .leaflet-section li {
      break-inside: avoid;
    }
    .leaflet-section :is(h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
`;
