import { css } from 'lit';

/**
 * Styles of <rygg-care-options> on top of the shared leaflet block (core `leafletStyles`): the
 * widget's accent token, the audience line, the introduction and the list of key messages.
 */
export const careOptionsStyles = css`
  /* While its content loads, the widget keeps about the height it will have (the same
     figures as the :not(:defined) recipe in the themes), so the page does not jump. */
  :host {
    --_reserved-height: var(--rygg-care-reserved-height, 204em);
  }
  @media (max-width: 600px) {
    :host {
      --_reserved-height: var(--rygg-care-reserved-height, 334em);
    }
  }
  .base {
    --_leaflet-accent: var(--rygg-care-accent, var(--_accent));
  }
  .leaflet-title {
    margin-bottom: 0.125em;
  }
  .audience-label {
    color: var(--_text-muted);
    margin: 0 0 0.75em;
  }
  .intro p {
    margin: 0 0 0.5em;
  }
  .key-message h1,
  .key-message h2,
  .key-message h3,
  .key-message h4,
  .key-message h5,
  .key-message h6 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .key-message ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
