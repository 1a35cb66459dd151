import { css } from 'lit';

/*
 * Colours of the drawing, light and dark in one `light-dark()` each, which the base's
 * `color-scheme` (set by the theme) picks; written out, not interpolated, so the build can
 * minify the stylesheet. Bone, disc and nerve are light in both themes (so they look like bone,
 * cartilage and nerve), with a dark outline that keeps every boundary ≥ 3:1 against the fills and
 * a light surface; on a dark surface the fills themselves stand out. Text on bone uses a dark ink.
 * Rules for what only the close-up draws are in segment-view.ts and arrive with its code.
 */
export const spineDiagramStyles = css`
  .base {
    container-type: inline-size;
    --_bone: var(--rygg-spine-bone, light-dark(#efe4cb, #d9cba8));
    --_outline: var(--rygg-spine-outline, light-dark(#40362a, #1d1912));
    --_disc: var(--rygg-spine-disc, light-dark(#a9cfe3, #8dbad3));
    --_nerve: var(--rygg-spine-nerve, light-dark(#efc035, #eec24a));
    --_ink: #1b1f23;
    --_highlight: var(--rygg-spine-highlight, var(--_emergency));
    --_disc-line: color-mix(in srgb, var(--_disc) 70%, var(--_outline));
    --_nucleus: color-mix(in srgb, var(--_disc) 35%, #fff);
    --_canal: color-mix(in srgb, var(--_nerve) 22%, var(--_surface));
    --_porous-fill: color-mix(in srgb, var(--_bone) 55%, #fff);
    --_porous-dot: color-mix(in srgb, var(--_bone) 55%, var(--_outline));
  }

  /* Layout: the panel sits beside the drawing when there is room, below it when narrow. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin: 0 0 0.75em;
  }
  /* One row of equal buttons at every width: a long label wraps inside its button rather than
     pushing the other button onto a row of its own. */
  .view-switch {
    display: inline-grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .view-switch button,
  .stepper button,
  .toggle {
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .view-switch button {
    border: 0;
    border-radius: 0;
  }
  .view-switch button + button {
    border-inline-start: 1px solid var(--_border);
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .condition-picker {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
    max-width: 100%;
  }
  .condition-picker select {
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .figure {
    display: block;
    width: 100%;
    height: auto;
    margin-inline: auto;
    overflow: visible;
    -webkit-tap-highlight-color: transparent;
  }
  .view-spine .figure {
    max-width: 300px;
  }
  .view-segment .figure {
    max-width: 600px;
  }
  /* On a phone the close-up takes the frame's inset and border too (the drawing keeps its own
     margin inside), so its smallest parts keep 24 px targets. */
  @container (max-width: 400px) {
    .view-segment .figure {
      --_bleed: calc(var(--_frame-inset) + 1px);
      inline-size: calc(100% + 2 * var(--_bleed));
      max-width: none;
      margin-inline: calc(-1 * var(--_bleed));
    }
  }
  /* While the close-up's code loads: a quiet box the size of the drawing, so nothing jumps. */
  .placeholder {
    fill: var(--_surface-raised);
  }
  .figure-pending .loading {
    min-height: 0;
  }
  @container (min-width: 620px) {
    .layout.view-spine {
      grid-template-columns: minmax(240px, 300px) minmax(0, 1fr);
    }
    .layout.view-segment {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
    }
    .panel {
      position: sticky;
      top: 0.5em;
    }
  }
  .hint {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .panel {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-width: 0;
  }
  .details,
  .condition {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .details {
    border-inline-start: 4px solid var(--_accent);
  }
  .details-heading,
  .condition-heading {
    font-size: 1.125em;
  }
  .region-note {
    font-weight: 600;
  }
  .details .source,
  .condition .source {
    margin: 0;
  }
  .stepper {
    display: flex;
    gap: 0.5em;
  }
  .stepper button {
    flex: 1 1 0;
  }
  .text-alternative {
    margin-top: var(--_space);
  }
  .text-body {
    margin-top: 0.75em;
  }
  .text-body ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .text-body li + li {
    margin-top: 0.35em;
  }

  /* The drawing. Outlines scale with it; state outlines (highlight, choice, focus) stay a fixed width. */
  .part {
    cursor: pointer;
    outline: none;
  }
  .bone {
    fill: var(--_bone);
    stroke: var(--_outline);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .condition-osteoporosis .bone {
    fill: url(#porous);
  }
  .porous-fill {
    fill: var(--_porous-fill);
  }
  .porous-dot {
    fill: var(--_porous-dot);
  }
  .disc {
    fill: url(#disc-lines);
    stroke: var(--_outline);
    stroke-width: 0.9;
    stroke-linejoin: round;
  }
  .disc-fill {
    fill: var(--_disc);
  }
  .disc-line {
    stroke: var(--_disc-line);
    stroke-width: 1.2;
  }
  .canal {
    fill: var(--_canal);
    stroke: var(--_outline);
    stroke-width: 0.5;
  }
  .cord {
    fill: none;
    stroke: var(--_nerve);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .cauda {
    fill: none;
    stroke: color-mix(in srgb, var(--_nerve) 75%, var(--_outline));
    stroke-width: 1;
  }
  .prolapse {
    fill: var(--_nucleus);
    stroke: var(--_highlight);
    stroke-width: 2;
  }
  .nerve-outline,
  .nerve,
  .nerve-hit {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .nerve-outline {
    stroke: var(--_outline);
    stroke-width: 8;
  }
  .nerve {
    stroke: var(--_nerve);
    stroke-width: 5.5;
  }
  .view-spine .nerve-outline {
    stroke-width: 5;
  }
  .view-spine .nerve {
    stroke-width: 3;
  }
  /* 24 units: 24 CSS px across at the close-up's natural size on a 360 px phone. */
  .nerve-hit {
    stroke: transparent;
    stroke-width: 24;
    pointer-events: stroke;
  }
  /* A nerve root takes the pointer on its wide stroke only: the area its curve bends round is not part of it. */
  .hit:not(.nerve-hit) {
    pointer-events: all;
  }
  /* Invisible targets, at least 24 CSS px each on a phone: a vertebra's label and body, a disc's
     band behind the bodies, a region, the top of the cord, a prolapse. The shapes inside them
     take no pointer of their own, so no target covers another. */
  .disc,
  .canal {
    pointer-events: none;
  }
  .target {
    fill: transparent;
    stroke: none;
  }
  .bracket {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .region-label {
    font-size: 12px;
    font-weight: 600;
    fill: var(--_text);
  }
  .vertebra-label {
    font-size: 9.5px;
    fill: var(--_text);
  }
  text {
    pointer-events: auto;
    user-select: none;
  }

  /* Highlighted parts: tinted fill AND a thick outline, so they stand out without colour too. */
  .is-highlighted :is(.bone, .disc, .canal, .cord-band, .foramen, .prolapse) {
    fill: color-mix(in srgb, var(--_highlight) 32%, var(--_bone));
    stroke: var(--_highlight);
    stroke-width: 2.5px;
    vector-effect: non-scaling-stroke;
  }
  .is-highlighted .nerve-outline {
    stroke: var(--_highlight);
  }
  .is-highlighted .bracket {
    stroke: var(--_highlight);
    stroke-width: 4;
  }
  .is-highlighted :is(.region-label, .vertebra-label) {
    fill: var(--_highlight);
    font-weight: 700;
  }
  /* The chosen part. */
  .is-selected :is(.bone, .disc, .canal, .cord-band, .foramen, .prolapse) {
    fill: color-mix(in srgb, var(--_accent) 30%, var(--_bone));
    stroke: var(--_accent);
    stroke-width: 3.5px;
    vector-effect: non-scaling-stroke;
  }
  .is-selected .nerve-outline {
    stroke: var(--_accent);
    stroke-width: 11;
  }
  .is-selected .bracket {
    stroke: var(--_accent);
    stroke-width: 4;
  }
  .is-selected :is(.region-label, .vertebra-label) {
    font-weight: 700;
  }
  /* Focus: a ring in the focus colour round the part's target area. */
  .part:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 3px;
    stroke-dasharray: none;
    vector-effect: non-scaling-stroke;
  }
  .part:focus-visible .nerve-hit {
    stroke: var(--_focus);
    stroke-width: 14;
    vector-effect: none;
  }
  @media (hover: hover) {
    .part:hover :is(.bone, .disc, .canal, .cord-band, .foramen) {
      stroke-width: 2px;
      vector-effect: non-scaling-stroke;
    }
  }

  /* Forced colours: system colours only; highlight and choice keep their thick outlines. */
  @media (forced-colors: active) {
    .figure {
      forced-color-adjust: none;
    }
    .base,
    .base[data-theme] {
      --_bone: Canvas;
      --_outline: CanvasText;
      --_ink: CanvasText;
      --_disc: Canvas;
      --_disc-line: CanvasText;
      --_nucleus: Canvas;
      --_nerve: CanvasText;
      --_canal: Canvas;
      --_porous-fill: Canvas;
      --_porous-dot: CanvasText;
      --_highlight: Highlight;
    }
    .nerve {
      stroke: Canvas;
      stroke-width: 3;
    }
    .is-highlighted :is(.bone, .disc, .canal, .cord-band, .foramen, .prolapse) {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 4px;
    }
    .is-selected :is(.bone, .disc, .canal, .cord-band, .foramen, .prolapse) {
      fill: Highlight;
      stroke: CanvasText;
    }
    .is-selected :is(text, .on-bone, .label) {
      fill: HighlightText;
    }
    /* The prolapse filled with Highlight, highlighted or not: unmistakable against the Canvas
       fills and CanvasText outlines in light and dark palettes alike. */
    .part .prolapse {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .view-switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* Print: the drawing and the explanations, black on white, shapes told apart by line and pattern. */
  @media print {
    .base,
    .base[data-theme] {
      --_bone: #fff;
      --_outline: #000;
      --_ink: #000;
      --_disc: #fff;
      --_disc-line: #000;
      --_nucleus: #fff;
      --_nerve: #fff;
      --_canal: #fff;
      --_porous-fill: #fff;
      --_porous-dot: #000;
      --_highlight: #000;
      --_accent: #000;
      --_text: #000;
      --_text-muted: #000;
      --_surface-raised: #fff;
      --_border: #000;
    }
    .layout.view-spine,
    .layout.view-segment {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .view-spine .figure {
      width: auto;
      height: 220mm;
      max-width: 100%;
    }
    .panel {
      position: static;
    }
    .is-highlighted :is(.bone, .disc, .canal, .cord-band, .foramen, .prolapse) {
      fill: #ccc;
      stroke-width: 3px;
    }
    .text-alternative {
      display: none;
    }
  }
`;
