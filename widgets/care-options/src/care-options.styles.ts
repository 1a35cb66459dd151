import { css } from 'lit';

/**
 * Styles of <rygg-care-options> on top of the shared leaflet block (core `leafletWidgetStyles`):
 * the introduction and the list of key messages.
 */
export const careOptionsStyles = css`
  .intro p {
    margin: 0 0 0.5em;
  }
  .key-message :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .key-message ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
