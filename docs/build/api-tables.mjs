// The API tables, written into the pages at build time (and by the dev server on every request),
// so a widget page carries its own reference instead of downloading custom-elements.json:
//
//   <!-- rygg:api rygg-red-flag-checklist -->   that element's tables (headings at level 3)
//   <!-- rygg:parts-table -->                   every widget's parts and tokens (Theming)
//
// The HTML comes from docs/src/api/api-html.ts (pure, unit-tested in the browser), bundled here
// with esbuild so Node can run the TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

const MANIFEST = new URL('../../packages/ryggrad/custom-elements.json', import.meta.url);

const { outputFiles } = buildSync({
  entryPoints: [new URL('../src/api/api-html.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  // The widget registry (for its tags) names every widget's code; the tables need none of it.
  external: ['*/src/define.js'],
  write: false,
});
const { apiHtml, partsTableHtml } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

/** The manifest as it is now (the dev server reads it again for every page), or undefined before a build. */
function manifest() {
  return existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : undefined;
}

/** `source` with its API markers replaced by the tables. */
export function fillApiTables(source) {
  if (!source.includes('<!-- rygg:api ') && !source.includes('<!-- rygg:parts-table -->')) return source;
  const current = manifest();
  return source
    .replace(
      /<!-- rygg:api ([\w-]+) -->/g,
      (_, tag) => `<div class="api-reference" data-api-for="${tag}">\n${apiHtml(current, tag)}\n</div>`,
    )
    .replace('<!-- rygg:parts-table -->', () => `<div data-parts-table>\n${partsTableHtml(current)}\n</div>`);
}
