import { css } from 'lit';

/**
 * Styles of <rygg-activity-advice> on top of the shared leaflet block (core `leafletStyles`):
 * only the widget's accent token lives here.
 */
export const activityAdviceStyles = css`
  .base {
    --_leaflet-accent: var(--rygg-advice-accent, var(--_accent));
  }
`;
