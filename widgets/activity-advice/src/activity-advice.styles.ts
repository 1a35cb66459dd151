import { css } from 'lit';

/**
 * Styles of <rygg-activity-advice> on top of the shared leaflet block (core
 * `leafletWidgetStyles`): its balanced columns.
 */
export const activityAdviceStyles = css`
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
