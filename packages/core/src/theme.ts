import { css } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * The global design tokens every widget reads. Hosts set them on the widget or any ancestor
 * (`--rygg-color-accent: #00558c`); widgets read them only through the private `--_` copies made
 * here, so the fallback chain lives in one place:
 *
 *   host token (`--rygg-color-accent`) → built-in light/dark default.
 *
 * Per-widget tokens (`--rygg-checklist-…`) fall back to these private copies in the widget's styles.
 */
export const TOKEN_DEFAULTS = {
  light: {
    '--rygg-color-text': '#1b1f23',
    '--rygg-color-text-muted': '#4a5159',
    '--rygg-color-surface': '#ffffff',
    '--rygg-color-surface-raised': '#f3f5f7',
    '--rygg-color-border': '#767f88',
    '--rygg-color-accent': '#005b99',
    '--rygg-color-accent-contrast': '#ffffff',
    '--rygg-color-emergency': '#b00020',
    '--rygg-color-warning': '#8a4b00',
    '--rygg-color-ok': '#1c6b35',
    '--rygg-color-focus': '#0b57d0',
  },
  dark: {
    '--rygg-color-text': '#eef1f4',
    '--rygg-color-text-muted': '#c1c8cf',
    '--rygg-color-surface': '#16191d',
    '--rygg-color-surface-raised': '#22272d',
    '--rygg-color-border': '#8f99a3',
    '--rygg-color-accent': '#8cc8ff',
    '--rygg-color-accent-contrast': '#0b1420',
    '--rygg-color-emergency': '#ff8a8a',
    '--rygg-color-warning': '#ffc46b',
    '--rygg-color-ok': '#7fdb98',
    '--rygg-color-focus': '#a8c7fa',
  },
} as const;

/** Non-colour tokens, the same in every theme. */
export const TOKEN_SIZES = {
  '--rygg-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--rygg-font-size': '16px',
  '--rygg-radius': '6px',
  '--rygg-space': '16px',
} as const;

// Written out (not generated) so the CSS stays static and CSP-safe in adopted stylesheets.
export const tokenStyles = css`
  :host {
    /* Isolate from inherited host text styles (line-height, letter-spacing, text-transform…).
       Custom properties are not affected by all:initial, so host tokens still flow in. */
    all: initial;
    display: block;
    contain: layout;
    --_font-family: var(--rygg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--rygg-font-size, 16px);
    --_radius: var(--rygg-radius, 6px);
    --_space: var(--rygg-space, 16px);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    color-scheme: light;
    --_text: var(--rygg-color-text, #1b1f23);
    --_text-muted: var(--rygg-color-text-muted, #4a5159);
    --_surface: var(--rygg-color-surface, #ffffff);
    --_surface-raised: var(--rygg-color-surface-raised, #f3f5f7);
    --_border: var(--rygg-color-border, #767f88);
    --_accent: var(--rygg-color-accent, #005b99);
    --_accent-contrast: var(--rygg-color-accent-contrast, #ffffff);
    --_emergency: var(--rygg-color-emergency, #b00020);
    --_warning: var(--rygg-color-warning, #8a4b00);
    --_ok: var(--rygg-color-ok, #1c6b35);
    --_focus: var(--rygg-color-focus, #0b57d0);
  }
  .base[data-theme='dark'] {
    color-scheme: dark;
    --_text: var(--rygg-color-text, #eef1f4);
    --_text-muted: var(--rygg-color-text-muted, #c1c8cf);
    --_surface: var(--rygg-color-surface, #16191d);
    --_surface-raised: var(--rygg-color-surface-raised, #22272d);
    --_border: var(--rygg-color-border, #8f99a3);
    --_accent: var(--rygg-color-accent, #8cc8ff);
    --_accent-contrast: var(--rygg-color-accent-contrast, #0b1420);
    --_emergency: var(--rygg-color-emergency, #ff8a8a);
    --_warning: var(--rygg-color-warning, #ffc46b);
    --_ok: var(--rygg-color-ok, #7fdb98);
    --_focus: var(--rygg-color-focus, #a8c7fa);
  }
  @media (prefers-color-scheme: dark) {
    .base[data-theme='auto'] {
      color-scheme: dark;
      --_text: var(--rygg-color-text, #eef1f4);
      --_text-muted: var(--rygg-color-text-muted, #c1c8cf);
      --_surface: var(--rygg-color-surface, #16191d);
      --_surface-raised: var(--rygg-color-surface-raised, #22272d);
      --_border: var(--rygg-color-border, #8f99a3);
      --_accent: var(--rygg-color-accent, #8cc8ff);
      --_accent-contrast: var(--rygg-color-accent-contrast, #0b1420);
      --_emergency: var(--rygg-color-emergency, #ff8a8a);
      --_warning: var(--rygg-color-warning, #ffc46b);
      --_ok: var(--rygg-color-ok, #7fdb98);
      --_focus: var(--rygg-color-focus, #a8c7fa);
    }
  }
  /* Windows high contrast and other forced palettes: use the system colours, keep every
     boundary visible with real borders rather than backgrounds. The status colours become
     CanvasText: right for text, borders and icons, but never a background under text — a widget
     that fills a box with one must reset that box to Canvas/CanvasText in this mode. */
  @media (forced-colors: active) {
    .base,
    .base[data-theme] {
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-contrast: Canvas;
      --_emergency: CanvasText;
      --_warning: CanvasText;
      --_ok: CanvasText;
      --_focus: Highlight;
    }
  }
`;

/**
 * Styles every widget shares: the base box, type scale in px/em (never rem, so a host's
 * `html { font-size: 62.5% }` cannot shrink a widget), focus rings, visually hidden text,
 * the error box and the source line.
 */
export const baseStyles = css`
  .base {
    box-sizing: border-box;
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
    .base {
      color: #000;
      background: #fff;
    }
    .no-print {
      display: none !important;
    }
  }
`;
