import { css } from 'lit';

/**
 * Styles of <rygg-back-facts> on top of the shared leaflet block (core `leafletWidgetStyles`): the
 * share chart drawn inside its table, the course timeline, and their forced-colours and print
 * rules. Solid bars and range bands differ by outline and fill, never by colour alone.
 */
export const backFactsStyles = css`
  .base {
    --_bar: var(--rygg-facts-bar, var(--_leaflet-accent));
    --_track: var(--_surface-raised);
  }
  figure {
    margin: 0 0 1em;
  }
  figcaption {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .shares {
    width: 100%;
    border-collapse: collapse;
  }
  .shares th,
  .shares td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.5em 0.375em 0;
    border-bottom: 1px solid var(--_border);
  }
  .shares thead th {
    font-size: 0.875em;
  }
  .shares tbody th {
    font-weight: 400;
  }
  .share-value {
    display: block;
    font-weight: 700;
    white-space: nowrap;
  }
  .track {
    display: block;
    width: 100%;
    min-width: 6em;
    height: 1em;
    margin-top: 0.25em;
  }
  .track-bg {
    fill: var(--_track);
    stroke: var(--_border);
  }
  .solid {
    fill: var(--_bar);
  }
  /* The uncertain part of a range: a lighter fill inside a dashed outline. */
  .band {
    fill: var(--_bar);
    fill-opacity: 0.35;
    stroke: var(--_bar);
    stroke-dasharray: 3 2;
  }
  .track rect {
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .course-scale,
  .course-rows li {
    display: grid;
    grid-template-columns: minmax(6em, 1fr) 3fr;
    gap: 0 0.5em;
    align-items: center;
  }
  .course-scale {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .stretches {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    border-bottom: 1px solid var(--_border);
  }
  .stretches span {
    padding: 0 0.25em 0.125em;
    border-inline-start: 1px dashed var(--_border);
  }
  /* Outranks the leaflet's list indent, so the rows line up with the scale above them. */
  .leaflet-section .course-rows {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  .course-rows li {
    padding: 0.375em 0;
    border-bottom: 1px solid var(--_border);
  }
  .course-rows .track {
    margin: 0;
    min-width: 0;
  }
  .links a {
    color: var(--_accent);
  }
  .links-note {
    color: var(--_text-muted);
    font-size: 0.875em;
    margin: 0;
  }
  /* Narrow: the label above its bar, so neither is squeezed. */
  @container (max-width: 26em) {
    .course-scale,
    .course-rows li {
      grid-template-columns: 1fr;
    }
    .course-scale > span:first-child {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .track {
      forced-color-adjust: none;
    }
    .track-bg {
      fill: Canvas;
      stroke: CanvasText;
    }
    .solid {
      fill: CanvasText;
    }
    .band {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
    }
  }
  @media print {
    .base,
    .base[data-theme] {
      --_bar: #000;
      --_track: #fff;
    }
    figure,
    .course-rows li,
    .shares tr {
      break-inside: avoid;
    }
    .links a {
      color: #000;
    }
  }
`;
