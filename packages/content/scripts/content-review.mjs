#!/usr/bin/env node
// The reviewer's pack: one HTML file per locale with every text the widgets can show — every
// topic, audience (patient and clinician wording), variant (acute and long-lasting) and triage
// result, and the interface words — each with its id and the brochure section it cites, so a
// clinician can read and sign off the content in one sitting.
//
//   npm run content:review [-- --out dist/content-review]
//
// The content is TypeScript; esbuild bundles it into a temporary module that this script imports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(repoRoot, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : 'dist/content-review');

const TITLES = {
  nb: 'Ryggrad: alle tekster til klinisk gjennomgang',
  nn: 'Ryggrad: alle tekstar til klinisk gjennomgang',
  en: 'Ryggrad: every text for clinical review',
};
const COLUMNS = {
  nb: ['Id', 'Avsnitt', 'Tekst'],
  nn: ['Id', 'Avsnitt', 'Tekst'],
  en: ['Id', 'Section', 'Text'],
};

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * Every string the topic holds, with a readable id (its path; list items by their own `id`) and
 * the nearest section number above it. `common` is listed once per locale, not per topic.
 */
export function flatten(value, path = [], section = undefined, rows = []) {
  if (typeof value === 'string') {
    rows.push({ id: path.join('.'), section, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) =>
      flatten(item, [...path, item && typeof item.id === 'string' ? item.id : String(i)], section, rows),
    );
  } else if (value && typeof value === 'object') {
    const own = typeof value.section === 'number' ? value.section : section;
    // An item outside a list (e.g. a topic's key message) still shows its own id.
    const base = typeof value.id === 'string' && path.at(-1) !== value.id ? [...path, value.id] : path;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' || key === 'section' || key === 'common') continue;
      flatten(child, [...base, key], own, rows);
    }
  }
  return rows;
}

function page(locale, version, topics) {
  const [idWord, sectionWord, textWord] = COLUMNS[locale];
  const tables = topics
    .map(
      ({ name, rows }) => `<section id="${escape(name)}">
<h2>${escape(name)}</h2>
<table>
<thead><tr><th scope="col">${idWord}</th><th scope="col">${sectionWord}</th><th scope="col">${textWord}</th><th scope="col">✓</th></tr></thead>
<tbody>
${rows
  .map(
    (row) =>
      `<tr data-id="${escape(`${name}.${row.id}`)}"><td><code>${escape(row.id)}</code></td><td>${row.section ?? ''}</td><td>${escape(row.text)}</td><td></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${escape(TITLES[locale])} – ${escape(version)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
td:nth-child(1) { width: 22%; word-break: break-word; } td:nth-child(2) { width: 4em; } td:nth-child(4) { width: 2em; }
@media print { section { break-inside: auto; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escape(TITLES[locale])}</h1>
<p>Content version ${escape(version)}</p>
${tables}
</body>
</html>
`;
}

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'ryggrad-review-'));
  try {
    const bundle = join(temp, 'content.mjs');
    await build({
      entryPoints: [join(repoRoot, 'packages/content/src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'error',
    });
    const content = await import(pathToFileURL(bundle).href);
    mkdirSync(outDir, { recursive: true });
    for (const locale of content.LOCALES) {
      const topics = [];
      const common = (await content.loadTopic('red-flags', locale)).common;
      topics.push({ name: 'common', rows: flatten(common) });
      for (const name of content.TOPICS) {
        topics.push({ name, rows: flatten(await content.loadTopic(name, locale)) });
      }
      const file = join(outDir, `${locale}.html`);
      writeFileSync(file, page(locale, content.CONTENT_VERSION, topics));
      const count = topics.reduce((sum, topic) => sum + topic.rows.length, 0);
      console.log(`content-review: ${file} (${count} texts)`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
