// Rollup builds everything that is bundled: the CDN build (one small loader that imports each
// widget and locale on demand), the browser extension for Chrome/Edge and Firefox, and the
// static docs site. The npm package is not bundled: tsc emits it (scripts/build.mjs).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { docsBuild } from './docs/build/rollup-docs.mjs';
import { extensionBuilds } from './extension/build/rollup.mjs';
import { copyStatic } from './scripts/rollup-copy-static.mjs';
import { writeChunkGraph } from './scripts/rollup-chunk-graph.mjs';
import { chunksInOneFolder } from './scripts/rollup-chunk-folder.mjs';
import { contentLocales, registryWidgets, wordsInline } from './scripts/rollup-standalone.mjs';
import { SOURCE_CONDITIONS } from './scripts/workspaces.mjs';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });
// Production Lit (no dev-mode checks), resolved from node_modules.
const resolve = () => nodeResolve({ exportConditions: ['production', ...SOURCE_CONDITIONS], browser: true });
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } });

const builds = [];

/**
 * Names CDN chunks so a person can tell them apart: `widget-red-flag-checklist.js`,
 * `widget-spine-diagram-segment.js`, `content-nn-red-flags.js`, `shared-lit-core.js`. No hash in
 * the names: the folder they end up in is named by one hash of them all (chunksInOneFolder).
 */
function cdnChunkName(chunk) {
  const ids = [chunk.facadeModuleId, ...chunk.moduleIds].filter(Boolean).map((id) => id.replaceAll('\\', '/'));
  for (const id of ids) {
    const locale = /content\/src\/locales\/(nb|nn|en)\/([\w-]+)\.ts$/.exec(id);
    if (locale) return `chunks/content-${locale[1]}-${locale[2]}.js`;
    // A view a widget loads on demand: widgets/spine-diagram/src/segment-view.ts → widget-spine-diagram-segment.
    const view = /widgets\/([\w-]+)\/src\/([\w-]+)-view\.ts$/.exec(id);
    if (view) return `chunks/widget-${view[1]}-${view[2]}.js`;
    const widget = /widgets\/([\w-]+)\/src\/define\.ts$/.exec(id);
    if (widget) return `chunks/widget-${widget[1]}.js`;
  }
  // The code every widget shares: Lit, the base element and the content package's logic.
  if (ids.some((id) => id.includes('/node_modules/lit') || id.includes('/node_modules/@lit/')))
    return 'chunks/shared-lit-core.js';
  return 'chunks/shared-[name].js';
}

// The content and core modules only declare things (frozen lists, css`` blocks): a page needs
// a module only if it uses one of its exports, so widgets do not pay for each other's code.
const cdnTreeshake = {
  moduleSideEffects: (id) => !/\/packages\/(content|core)\/src\//.test(id.replaceAll('\\', '/')),
};

/**
 * A language's words stay in that language's chunks. Rollup merges chunks under
 * `experimentalMinChunkSize` that have no effects into a chunk loaded under similar conditions; a
 * language's common words (`common.ts`, imported by each of its topics) would move into the shared
 * code that pages in every language download. Marked as having effects, they are never merged.
 */
function keepLanguagesApart() {
  return {
    name: 'keep-languages-apart',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes('/packages/content/src/locales/')) return null;
      return { code, map: null, moduleSideEffects: 'no-treeshake' };
    },
  };
}

const templates = () => minifyTemplates({ options: { minifyOptions: { conservativeCollapse: true } } });

// dist/cdn — what a CDN serves. Chunks go to a folder named by their hash, so they can be cached forever.
builds.push({
  input: { ryggrad: 'packages/ryggrad/src/cdn/ryggrad.ts' },
  // Let the loader itself hold what it shares with the chunks (its version), instead of
  // becoming a one-line facade that costs the page an extra request.
  preserveEntrySignatures: 'allow-extension',
  treeshake: cdnTreeshake,
  // The chunk merging's report of what it did is not news on every build.
  onLog: (level, log, handler) => (log.code === 'OPTIMIZE_CHUNK_STATUS' ? undefined : handler(level, log)),
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // No extra imports only for ordering: a language chunk should not name the shared code chunk
    // the widget has already loaded (it cost every content chunk ~40 bytes gzip).
    hoistTransitiveImports: false,
    chunkFileNames: cdnChunkName,
    // A chunk smaller than this (the audience list, 68 bytes gzip) costs more as a request of its
    // own than in the chunk it joins; content chunks are dynamic entries and never merge.
    experimentalMinChunkSize: 1000,
  },
  plugins: [
    resolve(),
    typescript(),
    keepLanguagesApart(),
    templates(),
    minify(),
    // After minifying: the loader learns every chunk a widget, a language and a configured part need.
    writeChunkGraph(),
    // Last: moves the chunks, named as above, into chunks/<hash>/.
    chunksInOneFolder(),
    copyStatic({ from: 'packages/ryggrad/themes', to: 'dist/cdn/themes', include: /\.css$/ }),
  ],
});

// dist/cdn/standalone/<tag>.<locale>.js — one self-contained file per widget and language, each its
// own build so nothing is shared between them (scripts/rollup-standalone.mjs).
for (const { tag, folder } of await registryWidgets()) {
  for (const locale of contentLocales()) {
    builds.push({
      input: { [`${tag}.${locale}`]: `widgets/${folder}/src/define.ts` },
      // The lazy chunks import Lit and core from the standalone file itself.
      preserveEntrySignatures: 'allow-extension',
      treeshake: cdnTreeshake,
      output: {
        dir: 'dist/cdn',
        format: 'es',
        entryFileNames: 'standalone/[name].js',
        hoistTransitiveImports: false,
        chunkFileNames: (chunk) => `standalone/${cdnChunkName(chunk)}`,
      },
      plugins: [wordsInline(locale), resolve(), typescript(), templates(), minify(), chunksInOneFolder()],
    });
  }
}

// dist/docs — the static docs site (docs/build/rollup-docs.mjs: pages, script, API manifest, themes, benchmark figures).
builds.push(docsBuild({ resolve, typescript, minify }));

// dist/extension/chrome and dist/extension/firefox — the browser extension (extension/README.md).
// Its pages, background script, merged manifests and static files are set up in extension/build/.
builds.push(...extensionBuilds({ resolve, typescript, minify }));

export default builds;
