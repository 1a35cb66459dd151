// The API tables, written into the pages at build time (and by the dev server on every request),
// so a widget page carries its own reference instead of downloading custom-elements.json:
//
//   <!-- rygg:api rygg-red-flag-checklist -->   that element's tables (headings at level 3)
//   <!-- rygg:parts-table -->                   every widget's parts and tokens (Theming)
//
// The HTML comes from docs/src/api/api-html.ts (pure, unit-tested in the browser), bundled here
// with esbuild so Node can run the TypeScript (typescript-module.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { importTypeScript } from './typescript-module.mjs';

const MANIFEST = new URL('../../packages/ryggrad/custom-elements.json', import.meta.url);

const { apiHtml, partsTableHtml } = await importTypeScript(new URL('../src/api/api-html.ts', import.meta.url));

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
