// The token table: every global token's name and built-in value, and nothing else (no imports),
// so the build reads it too (scripts/themes.mjs writes the ready themes from it).

/**
 * The global design tokens every widget reads. Hosts set them on the widget or any ancestor
 * (`--rygg-color-accent: #00558c`); widgets read them only through the private `--_` copies that
 * theme.ts makes, so the fallback chain lives in one place:
 *
 *   host token (`--rygg-color-accent`) → built-in light/dark default.
 *
 * Per-widget tokens (`--rygg-checklist-…`) fall back to these private copies in the widget's styles.
 */
export const PALETTE = {
  text: ['#1b1f23', '#eef1f4'],
  'text-muted': ['#4a5159', '#c1c8cf'],
  surface: ['#ffffff', '#16191d'],
  'surface-raised': ['#f3f5f7', '#22272d'],
  border: ['#767f88', '#8f99a3'],
  accent: ['#005b99', '#8cc8ff'],
  'accent-contrast': ['#ffffff', '#0b1420'],
  emergency: ['#b00020', '#ff8a8a'],
  warning: ['#8a4b00', '#ffc46b'],
  ok: ['#1c6b35', '#7fdb98'],
  focus: ['#0b57d0', '#a8c7fa'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

/** Non-colour tokens, the same in every theme. */
export const TOKEN_SIZES = {
  '--rygg-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--rygg-font-size': '16px',
  '--rygg-radius': '6px',
  '--rygg-space': '16px',
} as const;
