// Rollup builds of the browser extension (used by the root rollup.config.mjs):
//   - the extension pages (panel, options, show, privacy) as ES modules with shared chunks, so
//     each widget's code and each language load only when needed;
//   - the background script as one classic script (a Chrome service worker, a Firefox event page);
//   - the static files: the merged manifest per browser, _locales, HTML, CSS, icons and, for
//     Chrome, the managed-storage schema.
// Both browsers get the same JavaScript; only the manifest (and the schema) differ.
import commonjs from '@rollup/plugin-commonjs';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TARGETS, manifestFor } from './manifest.mjs';
import { ICON_SIZES, renderIcon } from './icons.mjs';
import { extensionPage } from './pages.mjs';
import { filesUnder } from '../../scripts/rollup-copy-static.mjs';

const extensionDir = new URL('..', import.meta.url).pathname;
const outputDir = (target) => `dist/extension/${target}`;

/** Writes everything that is not bundled JavaScript into one browser's output folder. */
export function writeStaticFiles(target, dir = outputDir(target)) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2) + '\n');
  cpSync(join(extensionDir, '_locales'), join(dir, '_locales'), { recursive: true });
  // Pages and their styles live beside their code in src/; the extension serves them flat, each
  // page inside the shared head (pages.mjs).
  for (const file of filesUnder(join(extensionDir, 'src'))) {
    if (file.endsWith('.css')) cpSync(file, join(dir, basename(file)));
    if (file.endsWith('.html')) {
      const name = basename(file, '.html');
      const ownStylesheet = existsSync(file.replace(/\.html$/, '.css'));
      writeFileSync(join(dir, basename(file)), extensionPage(readFileSync(file, 'utf8'), name, { ownStylesheet }));
    }
  }
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icons/icon-${size}.png`), renderIcon(size));
  // Only Chrome reads a managed-storage schema; Firefox takes policy through policies.json.
  if (target === 'chrome') cpSync(join(extensionDir, 'managed_schema.json'), join(dir, 'managed_schema.json'));
}

function staticFiles() {
  return {
    name: 'extension-static-files',
    writeBundle(options) {
      const target = TARGETS.find((name) => options.dir === outputDir(name));
      if (target) writeStaticFiles(target);
    },
  };
}

const PAGE_ENTRIES = {
  panel: 'extension/src/panel/panel.ts',
  options: 'extension/src/options/options.ts',
  show: 'extension/src/show/show.ts',
  privacy: 'extension/src/privacy/privacy.ts',
};

/**
 * Everything the pages share except the widgets — Lit, the polyfill, settings, the panel's
 * helpers — goes into one chunk, so opening the panel fetches two modules rather than five.
 * The entry modules themselves stay out: each has its page's side effects.
 */
function sharedPageCode(id) {
  const path = id.replace(/\\/g, '/');
  if (Object.values(PAGE_ENTRIES).some((entry) => path.endsWith(entry))) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'pages';
  if (path.includes('/extension/src/') || path.includes('webextension-polyfill')) return 'pages';
  return undefined;
}

/** The rollup configurations of the extension; the caller passes the shared plugin factories. */
export function extensionBuilds({ resolve, typescript, minify }) {
  const pages = {
    input: PAGE_ENTRIES,
    output: TARGETS.map((target) => ({
      dir: outputDir(target),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: sharedPageCode,
    })),
    plugins: [resolve(), commonjs(), typescript(), minify(), staticFiles()],
  };
  const background = {
    input: 'extension/src/background.ts',
    output: TARGETS.map((target) => ({ file: `${outputDir(target)}/background.js`, format: 'iife' })),
    plugins: [resolve(), commonjs(), typescript(), minify()],
  };
  return [pages, background];
}
