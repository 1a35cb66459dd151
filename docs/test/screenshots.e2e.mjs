// The screenshot sheet (npm run screenshots) covers every widget, mode and width, and every
// picture it shows is a real image in the repository.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MODES, WIDTHS, screenshotFile } from '../../scripts/screenshots.mjs';
import { WIDGET_TAGS } from '../../scripts/e2e-support.mjs';
import { navigation } from '../build/page-shell.mjs';

const docs = new URL('../', import.meta.url);
const sheet = readFileSync(new URL('screenshots.html', docs), 'utf8');

describe('the screenshot sheet', () => {
  it('shows every widget in light, dark and forced colours at 360 and 1280 px', () => {
    assert.deepEqual(
      MODES.map((mode) => mode.id),
      ['light', 'dark', 'forced'],
    );
    assert.deepEqual(WIDTHS, [360, 1280]);
    assert.equal(WIDGET_TAGS.length, 6);
    for (const tag of WIDGET_TAGS) {
      assert.ok(sheet.includes(`id="${tag}"`), `${tag} has a section`);
      for (const mode of MODES) {
        for (const width of WIDTHS) {
          const file = screenshotFile(tag, mode.id, width);
          assert.ok(sheet.includes(`src="./${file}"`), `${file} is on the sheet`);
          const path = new URL(file, docs);
          assert.ok(existsSync(path), `${file} exists: run npm run screenshots`);
          const bytes = readFileSync(path);
          assert.equal(bytes.subarray(8, 12).toString('latin1'), 'WEBP', `${file} is a WebP image`);
          assert.ok(statSync(path).size < 400_000, `${file} stays small`);
        }
      }
    }
  });

  it('names every picture for screen readers and is in the navigation', () => {
    const images = [...sheet.matchAll(/<img\s[^>]*>/g)].map((match) => match[0]);
    assert.equal(images.length, WIDGET_TAGS.length * MODES.length * WIDTHS.length);
    for (const image of images) assert.match(image, /alt="&lt;rygg-[a-z-]+&gt;, [a-z ]+, \d+ px wide"/);
    assert.ok(navigation('screenshots.html').includes('aria-current="page"'));
  });
});
