import { css, unsafeCSS, type CSSResult } from 'lit';
import { PALETTE, TOKEN_SIZES } from './tokens.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

type ColourName = keyof typeof PALETTE;
type ColourTokens = Readonly<Record<`--rygg-color-${ColourName}`, string>>;

/** What Windows high contrast and other forced palettes show instead: system colours. */
const FORCED: Readonly<Record<ColourName, string>> = {
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  surface: 'Canvas',
  'surface-raised': 'Canvas',
  border: 'CanvasText',
  accent: 'LinkText',
  'accent-contrast': 'Canvas',
  emergency: 'CanvasText',
  warning: 'CanvasText',
  ok: 'CanvasText',
  focus: 'Highlight',
};

const COLOUR_NAMES = Object.keys(PALETTE) as ColourName[];

function paletteTokens(scheme: 0 | 1): ColourTokens {
  return Object.fromEntries(
    COLOUR_NAMES.map((name) => [`--rygg-color-${name}`, PALETTE[name][scheme]]),
  ) as ColourTokens;
}

/**
 * The built-in light and dark colours by token name (the docs' playground and contrast checks).
 * Marked pure so bundles that never read it (every widget page) leave it out.
 */
export const TOKEN_DEFAULTS: { readonly light: ColourTokens; readonly dark: ColourTokens } = {
  light: /* @__PURE__ */ paletteTokens(0),
  dark: /* @__PURE__ */ paletteTokens(1),
};

const declarations = (value: (name: ColourName) => string): string =>
  COLOUR_NAMES.map((name) => `--_${name}:${value(name)};`).join('');

// Made once, as compact text, from the tables above (one string: no template for the build's
// minifier to split); adopted stylesheets stay static text (CSP-safe).
// - :host isolates the widget from inherited host text styles (line-height, letter-spacing…);
//   custom properties are not affected by all:initial, so host tokens still flow in.
// - One palette for both schemes: `light-dark()` picks by the base's `color-scheme`, which the
//   theme sets (light, dark, or the reader's system preference for `auto`).
// - Forced palettes (Windows high contrast): system colours, every boundary kept as a real
//   border. The status colours become CanvasText: right for text, borders and icons, never a
//   background under text (a widget that fills a box with one resets it in this mode).
export const tokenStyles = unsafeCSS(
  [
    `:host{all:initial;display:block;contain:layout;--_font-family:var(--rygg-font-family,${TOKEN_SIZES['--rygg-font-family']});` +
      `--_font-size:var(--rygg-font-size,${TOKEN_SIZES['--rygg-font-size']});` +
      `--_radius:var(--rygg-radius,${TOKEN_SIZES['--rygg-radius']});--_space:var(--rygg-space,${TOKEN_SIZES['--rygg-space']})}`,
    ':host([hidden]){display:none}',
    // The frame's inset: a little less on a phone, so content keeps its width at 360 px.
    `:host{--_frame-inset:var(--_space)}@media (max-width:30em){:host{--_frame-inset:calc(var(--_space)*0.75)}}`,
    `.base{color-scheme:light;${declarations((name) => `var(--rygg-color-${name},light-dark(${PALETTE[name][0]},${PALETTE[name][1]}))`)}}`,
    ".base[data-theme='dark']{color-scheme:dark}",
    ".base[data-theme='auto']{color-scheme:light dark}",
    `@media (forced-colors:active){.base,.base[data-theme]{${declarations((name) => FORCED[name])}}}`,
  ].join(''),
);

/**
 * Styles every widget shares: the frame (inset, border, radius and title, the same in every
 * widget so they read as one family), type scale in px/em (never rem, so a host's
 * `html { font-size: 62.5% }` cannot shrink a widget), focus rings, visually hidden text,
 * the error box and the source line. Every widget exposes its title as `part="title"`, which is
 * how the frame finds it.
 */
export const baseStyles = css`
  .base {
    box-sizing: border-box;
    padding: var(--_frame-inset);
    border: 1px solid var(--_border);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    text-align: start;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    line-height: 1.25;
    margin: 0 0 0.5em;
    color: var(--_text);
  }
  .base [part~='title'] {
    font-size: 1.375em;
    margin: 0 0 0.75em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .error {
    padding: 0.75em 1em;
    border: 2px solid var(--_emergency);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .error strong {
    display: block;
  }
  .loading {
    min-height: var(--_reserved-height, 6em);
  }
  .source {
    font-size: 0.875em;
    color: var(--_text-muted);
    margin: 1em 0 0;
  }
  @media print {
    /* No frame on paper: the page is the frame. */
    .base {
      color: #000;
      background: #fff;
      padding: 0;
      border: 0;
    }
    .no-print {
      display: none !important;
    }
  }
`;

/**
 * The space a widget keeps while its code and content load, so the page does not jump: its
 * `--rygg-<token>-reserved-height`, else `wide`, or `narrow` on screens up to 600 px. The figures
 * are those of widgets/registry.ts and the themes' `:not(:defined)` recipe.
 */
export interface ReservedHeight {
  readonly token: string;
  readonly wide: string;
  readonly narrow: string;
}

function reservedHeightStyles({ token, wide, narrow }: ReservedHeight): CSSResult {
  const height = (fallback: string) => `:host{--_reserved-height:var(--rygg-${token}-reserved-height,${fallback})}`;
  return unsafeCSS(`${height(wide)}@media (max-width:600px){${height(narrow)}}`);
}

/** A widget's styles: the tokens, the frame (`baseStyles`), the height it keeps while loading, then its own. */
export function widgetStyles(reserved: ReservedHeight, ...own: CSSResult[]): CSSResult[] {
  return [tokenStyles, baseStyles, reservedHeightStyles(reserved), ...own];
}
