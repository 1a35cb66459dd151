// `npm run content:review` writes one page per locale holding every text with its id: every
// content item (anything with an id), every sign, result route, structure and condition.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, it } from 'node:test';
import { build } from 'esbuild';

const script = fileURLToPath(new URL('../scripts/content-review.mjs', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'ryggrad-review-test-'));
let content;

before(async () => {
  const bundle = join(temp, 'content.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  content = await import(pathToFileURL(bundle).href);
});
after(() => rmSync(temp, { recursive: true, force: true }));

/** Every id the topic holds: `id` fields, and the keys of the records the widgets look texts up in. */
function ids(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => ids(item, found));
  else if (value && typeof value === 'object') {
    if (typeof value.id === 'string') found.add(value.id);
    for (const [key, child] of Object.entries(value)) {
      if (
        ['flags', 'routes', 'tiers', 'structures', 'conditions'].includes(key) &&
        child &&
        typeof child === 'object'
      ) {
        for (const id of Object.keys(child)) found.add(id);
      }
      ids(child, found);
    }
  }
  return found;
}

it('writes one page per locale with every item id, its section and the content version', async () => {
  const out = join(temp, 'review');
  const result = spawnSync(process.execPath, [script, '--out', out], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  for (const locale of content.LOCALES) {
    const html = readFileSync(join(out, `${locale}.html`), 'utf8');
    assert.match(html, new RegExp(`<html lang="${locale}">`));
    assert.ok(html.includes(content.CONTENT_VERSION), `${locale}: content version`);
    const shown = new Set([...html.matchAll(/data-id="([^"]+)"/g)].map((match) => match[1]));
    const segments = new Set([...shown].flatMap((id) => id.split('.')));
    for (const topic of content.TOPICS) {
      const data = await content.loadTopic(topic, locale);
      for (const id of ids(data)) assert.ok(segments.has(id), `${locale} ${topic}: id "${id}" is missing`);
      // Clinician wording and the long-lasting variant are included, not only the patient text.
      if (topic === 'red-flags') assert.ok(shown.has('red-flags.clinician.tiers.emergency.action'), locale);
      if (topic === 'red-flags') assert.ok(html.includes(data.clinician.tiers.emergency.action.replace(/&/g, '&amp;')));
    }
    // A page that showed only headings would pass the id check; the texts must be there too.
    const fever = (await content.loadTopic('red-flags', locale)).flags.fever.label;
    assert.ok(html.includes(fever), `${locale}: the fever question`);
  }
});
