import { css } from 'lit';

/**
 * Styles of <rygg-activity-advice> on top of the shared leaflet block (core `leafletStyles`):
 * only the widget's accent token lives here.
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
`;
