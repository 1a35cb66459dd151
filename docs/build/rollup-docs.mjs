// The docs site's rollup build (dist/docs), used by rollup.config.mjs. Static pages, one
// stylesheet and one bundled script (docs/src/main.ts, with page features as lazy chunks), plus
// the files the pages read at run time:
//   custom-elements.json   ← packages/ryggrad/custom-elements.json (the API tables)
//   themes/*.css           ← packages/ryggrad/themes (the ready themes, the playground's presets)
//   data/performance.json  ← docs/data/performance.json from `npm run bench`, or a "not measured" file
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { copyStatic } from '../../scripts/rollup-copy-static.mjs';
import { renderPage, renderStylesheet } from './page-shell.mjs';

const OUT = 'dist/docs';

/** Files the docs read at run time that do not live in docs/. */
function docsData() {
  return {
    name: 'docs-data',
    writeBundle() {
      const manifest = 'packages/ryggrad/custom-elements.json';
      if (existsSync(manifest)) copyFileSync(manifest, `${OUT}/custom-elements.json`);
      else this.warn(`${manifest} is missing: the docs' API tables will say so. Run scripts/manifest.mjs first.`);

      // The performance page reads this file; without benchmark figures it says how to get them.
      if (!existsSync('docs/data/performance.json')) {
        mkdirSync(`${OUT}/data`, { recursive: true });
        writeFileSync(
          `${OUT}/data/performance.json`,
          `${JSON.stringify({ results: {}, note: 'Not measured: run npm run build, then npm run bench.' }, null, 2)}\n`,
        );
      }
    },
  };
}

/** `content-nn-activity-[hash].js` rather than three chunks all called `activity-[hash].js`. */
function chunkName(chunk) {
  const locale = /content\/src\/locales\/(nb|nn|en)\/([\w-]+)\.ts$/.exec(
    (chunk.facadeModuleId ?? '').replaceAll('\\', '/'),
  );
  return locale ? `chunks/content-${locale[1]}-${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

export function docsBuild({ resolve, typescript, minify }) {
  return {
    input: { main: 'docs/src/main.ts' },
    output: { dir: `${OUT}/assets`, format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName },
    plugins: [
      resolve(),
      typescript(),
      minify(),
      copyStatic({
        from: 'docs',
        to: OUT,
        include: /\.(html|css|svg|json|png|webp|ico)$/,
        // The changelog's rows are written into its page; the page needs no copy of them.
        exclude: /^(src|test|build)\/|^data\/clinical-changelog\.json$/,
        // Pages get their shared head, header, navigation and footer (page-shell.mjs).
        transform: (rel, text) =>
          /^[\w-]+\.html$/.test(rel) ? renderPage(text, rel) : rel === 'docs.css' ? renderStylesheet(text) : undefined,
      }),
      copyStatic({ from: 'packages/ryggrad/themes', to: `${OUT}/themes`, include: /\.css$/ }),
      docsData(),
    ],
  };
}
