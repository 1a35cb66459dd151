// The screenshot sheet (docs/screenshots.html, its figures from docs/build/screenshot-sheet.mjs)
// covers every widget, mode and width; every picture it shows is a real image in the repository,
// and every picture in the repository is on it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MODES, WIDTHS, screenshotFile } from '../build/screenshot-sheet.mjs';
import { WIDGET_TAGS } from '../../scripts/e2e-support.mjs';
import { navigation, renderPage } from '../build/page-shell.mjs';

const docs = new URL('../', import.meta.url);
const sheet = renderPage(readFileSync(new URL('screenshots.html', docs), 'utf8'), 'screenshots.html');
const images = [...sheet.matchAll(/<img\s[^>]*>/g)].map((match) => match[0]);
const shown = images.map((image) => /\ssrc="\.\/([^"]+)"/.exec(image)?.[1]);

describe('the screenshot sheet', () => {
  it('shows every widget in light, dark and forced colours at 360 and 1280 px', () => {
    assert.deepEqual(
      MODES.map((mode) => mode.id),
      ['light', 'dark', 'forced'],
    );
    assert.deepEqual(WIDTHS, [360, 1280]);
    assert.equal(WIDGET_TAGS.length, 6);
    for (const tag of WIDGET_TAGS) {
      assert.ok(sheet.includes(`<h2 id="${tag}">`), `${tag} has a section`);
      for (const mode of MODES) {
        for (const width of WIDTHS) {
          const file = screenshotFile(tag, mode.id, width);
          assert.ok(shown.includes(file), `${file} is on the sheet`);
        }
      }
    }
  });

  it('shows only pictures that exist as small WebP images, and every picture there is', () => {
    assert.equal(images.length, WIDGET_TAGS.length * MODES.length * WIDTHS.length);
    for (const file of shown) {
      assert.ok(file, 'every image has a relative src');
      const path = new URL(file, docs);
      assert.ok(existsSync(path), `${file} exists: run npm run screenshots`);
      const bytes = readFileSync(path);
      assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WEBP', `${file} is a WebP image`);
      assert.ok(statSync(path).size < 400_000, `${file} stays small`);
    }
    const committed = readdirSync(new URL('screenshots/', docs)).map((name) => `screenshots/${name}`);
    assert.deepEqual([...committed].sort(), [...shown].sort(), 'the folder holds exactly the pictures on the sheet');
  });

  it('names every picture for screen readers and is in the navigation', () => {
    for (const image of images) assert.match(image, /alt="&lt;rygg-[a-z-]+&gt;, [a-z ]+, \d+ px wide"/);
    assert.ok(navigation('screenshots.html').includes('aria-current="page"'));
  });
});
