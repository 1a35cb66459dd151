// The checklist and the return-to-work form on a phone: touch emulation at 360×740 in Chromium,
// tapping the built widgets (dist/cdn, from `npm run build`) as a finger would.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openOnPhone, serveStatic } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const built = existsSync(join(root, 'dist/cdn/ryggrad.js'));

const page360 = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>Back pain</title>
  <script type="module" src="/dist/cdn/ryggrad.js"></script></head>
  <body><main><h1>Back pain</h1>${body}</main></body></html>`;

/** Runs in the page: the element in the widget's shadow root that matches the selector, once there is one. */
const inWidget = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
// Polled on a timer: animation frames may pause in a page the browser does not count as shown.
const polled = { polling: 100 };

describe(
  'checklist and return-to-work form: touch at 360×740',
  { skip: built ? false : 'run `npm run build` first' },
  () => {
    let browser;
    let server;

    before(async () => {
      server = await serveStatic(root, {
        routes: {
          '/red-flags.html': { body: page360('<rygg-red-flag-checklist lang="en"></rygg-red-flag-checklist>') },
          '/work.html': { body: page360('<rygg-return-to-work lang="en" checklist></rygg-return-to-work>') },
        },
      });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function phone(path, tag, ready) {
      const { page, watched } = await openOnPhone(browser, `${server.origin}${path}`);
      await page.waitForFunction(inWidget, polled, tag, ready);
      assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'a touch screen');
      return { page, watched };
    }

    /** The middle of an element in the widget, without scrolling. */
    async function centre(page, tag, selector) {
      return page.evaluate(
        (t, s) => {
          const rect = document.querySelector(t).shadowRoot.querySelector(s).getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom };
        },
        tag,
        selector,
      );
    }

    it('a tap ticks an emergency sign and the call links appear in view, ready to tap', async () => {
      const tag = 'rygg-red-flag-checklist';
      const { page, watched } = await phone('/red-flags.html', tag, 'input[value="urination"]');
      const box = await centre(page, tag, 'input[value="urination"]');
      await page.touchscreen.tap(box.x, box.y);
      await page.waitForFunction(inWidget, polled, tag, '[part~="urgent-call"] a[href^="tel:"]');
      const links = await page.evaluate(
        (t) =>
          [...document.querySelector(t).shadowRoot.querySelectorAll('[part~="urgent-call"] a')].map((link) => {
            const rect = link.getBoundingClientRect();
            return { href: link.getAttribute('href'), top: rect.top, bottom: rect.bottom, height: rect.height };
          }),
        tag,
      );
      assert.deepEqual(
        links.map((link) => link.href),
        ['tel:116117', 'tel:113'],
      );
      const viewport = await page.evaluate(() => window.innerHeight);
      for (const link of links) {
        assert.ok(link.top >= 0 && link.bottom <= viewport, `${link.href} in view (${link.top}–${link.bottom})`);
        assert.ok(link.height >= 24, `${link.href} is a 24 px target`);
      }
      // A tap on a call link follows it: record the navigation instead of leaving the page.
      await page.evaluate((t) => {
        document.querySelector(t).shadowRoot.addEventListener('click', (event) => {
          window.tapped = event.target.closest('a')?.getAttribute('href');
          event.preventDefault();
        });
      }, tag);
      const call = await centre(page, tag, '[part~="urgent-call"] a[href="tel:113"]');
      await page.touchscreen.tap(call.x, call.y);
      assert.equal(await page.evaluate(() => window.tapped), 'tel:113');
      const ticked = await page.evaluate(
        (t, s) => document.querySelector(t).shadowRoot.querySelector(s).checked,
        tag,
        'input[value="urination"]',
      );
      assert.equal(ticked, true);
      assert.deepEqual([...watched.errors, ...watched.pageErrors], []);
      await page.close();
    });

    it('the return-to-work form takes taps and typed text, and clears with a tap', async () => {
      const tag = 'rygg-return-to-work';
      const { page, watched } = await phone('/work.html', tag, '#graded-percentage');
      const field = await page.evaluateHandle(
        (t) => document.querySelector(t).shadowRoot.querySelector('#graded-percentage'),
        tag,
      );
      await field.evaluate((node) => node.scrollIntoView({ block: 'center' }));
      const where = await centre(page, tag, '#graded-percentage');
      await page.touchscreen.tap(where.x, where.y);
      assert.equal(
        await page.evaluate((t) => document.querySelector(t).shadowRoot.activeElement?.id, tag),
        'graded-percentage',
      );
      await page.keyboard.type('50');
      assert.equal(await field.evaluate((node) => node.value), '50');
      const clear = await page.evaluateHandle(
        (t) => document.querySelector(t).shadowRoot.querySelector('button.clear'),
        tag,
      );
      await clear.evaluate((node) => node.scrollIntoView({ block: 'center' }));
      const button = await centre(page, tag, 'button.clear');
      await page.touchscreen.tap(button.x, button.y);
      await page.waitForFunction(
        (t) => document.querySelector(t).shadowRoot.querySelector('#graded-percentage').value === '',
        {},
        tag,
      );
      assert.deepEqual([...watched.errors, ...watched.pageErrors], []);
      await page.close();
    });
  },
);
