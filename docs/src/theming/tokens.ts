/**
 * The theming playground's logic, kept pure: reading a ready theme's tokens, writing the CSS a
 * site copies, and checking colour contrast the way WCAG 2.2 defines it.
 */

import { WIDGET_REGISTRY } from '../../../widgets/registry.js';

/** The elements every ready theme styles; the printed CSS uses the same selector. */
export const WIDGET_TAGS = WIDGET_REGISTRY.map((widget) => widget.tag);

/** Every `--rygg-*: value;` declaration in a stylesheet, comments removed; later ones win. */
export function parseThemeTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name = '', value = ''] of withoutComments.matchAll(/(--rygg-[\w-]+)\s*:\s*([^;{}]+);/g)) {
    tokens[name] = value.trim();
  }
  return tokens;
}

/**
 * The CSS a site copies: the tokens that differ from `baseline`, set on every widget.
 * Returns a comment saying so when nothing differs.
 */
export function themeCss(tokens: Readonly<Record<string, string>>, baseline: Readonly<Record<string, string>>): string {
  const changed = Object.entries(tokens).filter(
    ([name, value]) => value.trim() !== '' && value.trim() !== (baseline[name] ?? '').trim(),
  );
  if (changed.length === 0) return '/* No changes yet: the widgets use their built-in defaults. */';
  const declarations = changed.map(([name, value]) => `  ${name}: ${value.trim()};`).join('\n');
  return `${WIDGET_TAGS.join(',\n')} {\n${declarations}\n}`;
}

/** `#abc` or `#aabbcc` (any case) as [r, g, b] 0–255, else undefined. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  const hex = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  const [, r = '', g = '', b = ''] = short?.map((digit) => digit + digit) ?? long ?? [];
  if (r === '') return undefined;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio (1–21) of two hex colours, or undefined if either is not a hex colour. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const a = parseHexColour(foreground);
  const b = parseHexColour(background);
  if (!a || !b) return undefined;
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A pair of tokens whose contrast matters, and the ratio WCAG 2.2 AA asks of it. */
export interface ContrastPair {
  foreground: string;
  background: string;
  /** What the pair is used for, in plain words. */
  use: string;
  /** 4.5 for text, 3 for focus rings, borders and other non-text boundaries. */
  minimum: number;
}

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: '--rygg-color-text', background: '--rygg-color-surface', use: 'Body text', minimum: 4.5 },
  {
    foreground: '--rygg-color-text-muted',
    background: '--rygg-color-surface',
    use: 'Secondary text (sources, notes)',
    minimum: 4.5,
  },
  {
    foreground: '--rygg-color-text',
    background: '--rygg-color-surface-raised',
    use: 'Text on raised panels',
    minimum: 4.5,
  },
  { foreground: '--rygg-color-accent', background: '--rygg-color-surface', use: 'Links and accents', minimum: 4.5 },
  {
    foreground: '--rygg-color-accent-contrast',
    background: '--rygg-color-accent',
    use: 'Text on accent buttons',
    minimum: 4.5,
  },
  { foreground: '--rygg-color-emergency', background: '--rygg-color-surface', use: 'Emergency advice', minimum: 4.5 },
  { foreground: '--rygg-color-warning', background: '--rygg-color-surface', use: 'Seek-help advice', minimum: 4.5 },
  { foreground: '--rygg-color-ok', background: '--rygg-color-surface', use: 'Self-care advice', minimum: 4.5 },
  { foreground: '--rygg-color-focus', background: '--rygg-color-surface', use: 'Focus ring', minimum: 3 },
  { foreground: '--rygg-color-border', background: '--rygg-color-surface', use: 'Borders of controls', minimum: 3 },
];

export interface ContrastResult extends ContrastPair {
  /** Rounded down to two decimals, so 4.499 never shows as a pass. */
  ratio: number | undefined;
  passes: boolean | undefined;
}

/** Checks every pair against the current tokens (non-hex values give an unknown result). */
export function checkContrast(
  tokens: Readonly<Record<string, string>>,
  pairs: readonly ContrastPair[] = CONTRAST_PAIRS,
): ContrastResult[] {
  return pairs.map((pair) => {
    const exact = contrastRatio(tokens[pair.foreground] ?? '', tokens[pair.background] ?? '');
    const ratio = exact === undefined ? undefined : Math.floor(exact * 100) / 100;
    return { ...pair, ratio, passes: exact === undefined ? undefined : exact >= pair.minimum };
  });
}

/** A readable name for a token: `--rygg-color-text-muted` → "Text muted". */
export function tokenLabel(name: string): string {
  const words = name
    .replace(/^--rygg-(color-)?/, '')
    .split('-')
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
