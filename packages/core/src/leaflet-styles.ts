import { css, unsafeCSS, type CSSResult } from 'lit';
import { widgetStyles, type ReservedHeight } from './theme.js';

/**
 * Styles for widgets that read like a printed leaflet: a title, one emphasised key message,
 * sections of bullet points, and the source line. Advice is handed out on paper as often as on
 * screen, so the print rules are part of the block: black on white, one A4 page, no controls.
 *
 * A widget names its accent colour once on the base box, with its own token falling back to the
 * global one: `.base { --_leaflet-accent: var(--rygg-advice-accent, var(--_accent)); }`.
 *
 * Class names: `.leaflet-title`, `.audience-label`, `.key-message`, `.leaflet-sections` (a grid
 * that gets columns when the widget is wide), `.leaflet-section`, `.print-only`; the templates
 * in `leaflet.ts` write them.
 */
export const leafletStyles = css`
  .base {
    /* Layout follows the widget's own width (a sidebar or a full column), not the viewport's. */
    container-type: inline-size;
  }
  .key-message {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    /* A thick border, not a background alone, so the emphasis survives forced colours and print. */
    border: 1px solid var(--_leaflet-accent, var(--_accent));
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    font-weight: 700;
    font-size: 1.0625em;
  }
  .key-message p {
    margin: 0;
  }
  .audience-label {
    color: var(--_text-muted);
    margin: 0 0 0.75em;
  }
  .leaflet-sections {
    display: grid;
    gap: 0 1.5em;
  }
  .leaflet-section :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin: 0.5em 0 0.5em;
    padding-bottom: 0.125em;
    border-bottom: 2px solid var(--_leaflet-accent, var(--_accent));
  }
  .leaflet-section ul {
    margin: 0 0 1em;
    padding-inline-start: 1.25em;
  }
  .leaflet-section li + li {
    margin-top: 0.375em;
  }
  .print-only {
    display: none;
  }
  @container (min-width: 42em) {
    .leaflet-sections {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    }
  }
  @media print {
    /* Black on white whatever the theme or the host's accent: '[data-theme]' outranks the theme
       rules and a widget's own '.base' accent. */
    .base,
    .base[data-theme] {
      --_text: #000;
      --_text-muted: #000;
      --_surface: #fff;
      --_surface-raised: #fff;
      --_border: #000;
      --_accent: #000;
      --_leaflet-accent: #000;
    }
    .base {
      /* Smaller type, so the whole leaflet fits on one A4 page. */
      font-size: 13px;
      line-height: 1.4;
    }
    .base :is(h1, h2, h3, h4, h5, h6),
    .source {
      color: #000;
    }
    .key-message {
      background: none;
      color: #000;
      border-color: #000;
    }
    .leaflet-sections {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    }
    .leaflet-section :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    .leaflet-section li,
    .key-message {
      break-inside: avoid;
    }
    .print-only {
      display: block;
    }
  }
`;

/**
 * A leaflet widget's styles: those of `widgetStyles`, the leaflet block, and the accent read from
 * `--rygg-<token>-accent` (falling back to the global accent), then the widget's own.
 */
export function leafletWidgetStyles(reserved: ReservedHeight, ...own: CSSResult[]): CSSResult[] {
  const accent = unsafeCSS(`.base{--_leaflet-accent:var(--rygg-${reserved.token}-accent,var(--_accent))}`);
  return widgetStyles(reserved, leafletStyles, accent, ...own);
}
