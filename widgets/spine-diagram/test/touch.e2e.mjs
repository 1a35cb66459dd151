// <rygg-spine-diagram> on a phone: touch emulation at 360×740 in Chromium, tapping parts of the
// built widget (dist/cdn, from `npm run build`) as a finger would.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openOnPhone, serveStatic } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const built = existsSync(join(root, 'dist/cdn/ryggrad.js'));

const page360 = (attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>Back pain</title>
  <script type="module" src="/dist/cdn/ryggrad.js"></script></head>
  <body><main><h1>Back pain</h1><rygg-spine-diagram ${attributes}></rygg-spine-diagram></main></body></html>`;

describe('spine diagram: touch at 360×740', { skip: built ? false : 'run `npm run build` first' }, () => {
  let browser;
  let server;

  before(async () => {
    server = await serveStatic(root, {
      routes: {
        '/spine.html': { body: page360('') },
        '/segment.html': { body: page360('view="segment" condition="prolapse"') },
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page on an emulated phone and waits for the drawing. */
  async function phone(path) {
    const { page, watched } = await openOnPhone(browser, `${server.origin}${path}`);
    await page.waitForFunction(() =>
      document.querySelector('rygg-spine-diagram')?.shadowRoot?.querySelector('svg.figure [data-key]'),
    );
    return { page, watched };
  }

  /** Taps the middle of a part's target and returns the selected part's key and the event's detail. */
  async function tap(page, key) {
    const handle = await page.evaluateHandle(
      (wanted) => document.querySelector('rygg-spine-diagram').shadowRoot.querySelector(`[data-key="${wanted}"] .hit`),
      key,
    );
    await handle.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    const box = await handle.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const detail = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('rygg-structure-select', (event) => resolve(event.detail), { once: true });
          // A tap that reaches no part fires nothing: report that instead of waiting for ever.
          setTimeout(() => resolve(undefined), 3000);
        }),
    );
    await page.touchscreen.tap(box.x, box.y);
    const selected = await page.evaluate(
      () =>
        document.querySelector('rygg-spine-diagram').shadowRoot.querySelector('[data-key][aria-pressed="true"]')
          ?.dataset.key,
    );
    return { selected, detail: await detail };
  }

  it('taps select a vertebra, a disc and a region in the whole spine', async () => {
    const { page, watched } = await phone('/spine.html');
    assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'a touch screen');
    for (const [key, detail] of [
      ['vertebra:C3', { id: 'vertebra', vertebra: 'C3' }],
      ['disc:C3-C4', { id: 'disc', level: 'C3-C4' }],
      ['disc:L4-L5', { id: 'disc', level: 'L4-L5' }],
      ['region:lumbar', { id: 'lumbar' }],
    ]) {
      const result = await tap(page, key);
      assert.equal(result.selected, key);
      assert.deepEqual(result.detail, detail);
    }
    const heading = await page.evaluate(() =>
      document.querySelector('rygg-spine-diagram').shadowRoot.querySelector('.details h3').textContent.trim(),
    );
    assert.equal(heading, 'Lower back (5 vertebrae)');
    assert.deepEqual([...watched.errors, ...watched.pageErrors], []);
    await page.close();
  });

  it('taps select the traversing L5 root and the prolapse in the close-up', async () => {
    const { page, watched } = await phone('/segment.html');
    assert.equal((await tap(page, 'nerve-root:L5')).selected, 'nerve-root:L5');
    const details = await page.evaluate(
      () => document.querySelector('rygg-spine-diagram').shadowRoot.querySelector('.details').textContent,
    );
    assert.match(details, /A prolapse between L4 and L5 usually presses on this root\./);
    assert.equal((await tap(page, 'prolapse:L4-L5')).selected, 'prolapse:L4-L5');
    assert.deepEqual([...watched.errors, ...watched.pageErrors], []);
    await page.close();
  });
});
