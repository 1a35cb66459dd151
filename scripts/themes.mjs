// The ready themes, packages/ryggrad/themes/*.css (served as dist/cdn/themes/*.css and as the npm
// package's themes/), written from one definition: the token names and the neutral values from
// core's token table (packages/core/src/tokens.ts), the tags and the `:not(:defined)` heights from
// widgets/registry.ts, and below only what each theme says of its own. `npm run build`, the dev
// server and the test runner write them before anything reads them; they are not committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { typeScriptModule } from './typescript-module.mjs';

const root = new URL('..', import.meta.url);

/** Each theme: its opening comment and the tokens it sets (every token, for neutral: the built-in defaults). */
const THEMES = {
  neutral: {
    comment: [
      'Ryggrad theme: neutral (the built-in light defaults, written out to copy and change).',
      'Link it after the loader, or copy the variables into your own stylesheet:',
      '  <link rel="stylesheet" href="…/themes/neutral.css">',
      'Tokens are inherited custom properties: set them on the widgets, or on any ancestor.',
    ],
    tokens: (defaults) => defaults,
    recipe: true,
  },
  'high-contrast': {
    comment: [
      'Ryggrad theme: high contrast. Black on white, larger text, thick focus rings — for sites',
      'whose readers need more than WCAG AA (contrast well above 7:1 throughout).',
      '  <link rel="stylesheet" href="…/themes/high-contrast.css">',
    ],
    tokens: () => ({
      '--rygg-font-size': '18px',
      '--rygg-radius': '0',
      '--rygg-color-text': '#000000',
      '--rygg-color-text-muted': '#000000',
      '--rygg-color-surface': '#ffffff',
      '--rygg-color-surface-raised': '#ffffff',
      '--rygg-color-border': '#000000',
      '--rygg-color-accent': '#00007a',
      '--rygg-color-accent-contrast': '#ffffff',
      '--rygg-color-emergency': '#8b0000',
      '--rygg-color-warning': '#5a3000',
      '--rygg-color-ok': '#0b4d1f',
      '--rygg-color-focus': '#000000',
    }),
  },
  fjord: {
    comment: [
      "Ryggrad theme: fjord — an example of a health site's brand: a calm teal accent, rounder",
      "corners, the site's own font (if it has one). Every colour keeps at least 4.5:1 against its",
      'background.',
      '  <link rel="stylesheet" href="…/themes/fjord.css">',
    ],
    tokens: () => ({
      '--rygg-font-family': "'Source Sans 3', 'Segoe UI', system-ui, sans-serif",
      '--rygg-radius': '12px',
      '--rygg-color-text': '#10292e',
      '--rygg-color-text-muted': '#3c5559',
      '--rygg-color-surface': '#fbfdfd',
      '--rygg-color-surface-raised': '#e9f3f3',
      '--rygg-color-border': '#5e7c80',
      '--rygg-color-accent': '#006d6f',
      '--rygg-color-accent-contrast': '#ffffff',
      '--rygg-color-emergency': '#a3001b',
      '--rygg-color-warning': '#7a4300',
      '--rygg-color-ok': '#1b6330',
      '--rygg-color-focus': '#005fcc',
    }),
  },
};

const block = (selectors, declarations) =>
  `${selectors.join(',\n')} {\n${declarations.map((line) => `  ${line}\n`).join('')}}\n`;

/** The `:not(:defined)` recipe: space kept and text hidden until each widget is defined (the docs' Getting started shows it). */
function recipe(widgets, reservedHeights) {
  const heights = (size) =>
    widgets
      .map(({ tag }) => [tag, reservedHeights[tag]])
      .map(([tag, { token, ...figures }]) =>
        block([`${tag}:not(:defined)`], [`min-height: var(--rygg-${token}-reserved-height, ${figures[size]});`]),
      );
  const narrow = heights('narrow').map((rule) => rule.replace(/^/gm, '  ').trimEnd());
  return [
    '/* Reserve space and hide unstyled text until a widget is defined (no layout shift, no flash).',
    '   The heights are what each widget measures in a 720 px column (and on a phone below 600 px);',
    '   the widgets keep the same reservation while their content loads. Tune them with',
    '   --rygg-<widget>-reserved-height if your column is much wider or narrower.',
    '   The docs\' Getting started page shows the lines between "recipe:start" and "recipe:end". */',
    '/* recipe:start */',
    block(
      widgets.map(({ tag }) => `${tag}:not(:defined)`),
      ['display: block;', 'visibility: hidden;', 'font-size: 16px;'],
    ).trimEnd(),
    ...heights('wide').map((rule) => rule.trimEnd()),
    `@media (max-width: 600px) {\n${narrow.join('\n')}\n}`,
    '/* recipe:end */',
  ].join('\n');
}

/** Every ready theme as CSS, by file name. */
export async function themeFiles() {
  const { PALETTE, TOKEN_SIZES } = await typeScriptModule('packages/core/src/tokens.ts');
  const { RESERVED_HEIGHTS, WIDGET_REGISTRY } = await typeScriptModule('widgets/registry.ts');
  const defaults = {
    ...TOKEN_SIZES,
    ...Object.fromEntries(Object.entries(PALETTE).map(([name, [light]]) => [`--rygg-color-${name}`, light])),
  };
  const tags = WIDGET_REGISTRY.map(({ tag }) => tag);
  return Object.fromEntries(
    Object.entries(THEMES).map(([name, theme]) => {
      const tokens = theme.tokens(defaults);
      const unknown = Object.keys(tokens).filter((token) => !(token in defaults));
      if (unknown.length > 0) throw new Error(`theme ${name}: no such token in core's table: ${unknown.join(', ')}`);
      // In the table's order, whatever order a theme lists them in.
      const declarations = Object.keys(defaults)
        .filter((token) => token in tokens)
        .map((token) => `${token}: ${tokens[token].replaceAll('"', "'")};`);
      const css = [
        `/*\n${theme.comment.map((line) => ` * ${line}`).join('\n')}\n */`,
        block(tags, declarations).trimEnd(),
        ...(theme.recipe ? ['', recipe(WIDGET_REGISTRY, RESERVED_HEIGHTS)] : []),
      ].join('\n');
      return [`${name}.css`, `${css}\n`];
    }),
  );
}

/** Writes the ready themes into packages/ryggrad/themes/. */
export async function writeThemes() {
  const dir = new URL('packages/ryggrad/themes/', root);
  mkdirSync(dir, { recursive: true });
  for (const [file, css] of Object.entries(await themeFiles())) writeFileSync(new URL(file, dir), css);
}

if (import.meta.url === `file://${process.argv[1]}`) await writeThemes();
