// `npm run screenshots`: the pictures of the docs' screenshot sheet (docs/screenshots.html), so a reviewer sees the
// widgets as one family at a glance. Every widget, in the light and dark themes and in forced
// colours, on a 360 px phone and a 1280 px desktop, photographed in Debian's Chromium from the
// built CDN files (run `npm run build` first). Writes docs/screenshots/<tag>-<mode>-<width>.webp,
// committed, so the docs build needs no browser; the page shows them from the same lists
// (docs/build/screenshot-sheet.mjs).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MODES, WIDTHS, screenshotFile } from '../docs/build/screenshot-sheet.mjs';
import { WIDGET_TAGS, launchChromium, serveStatic } from './e2e-support.mjs';

const root = new URL('..', import.meta.url).pathname;
const OUT_DIR = join(root, 'docs/screenshots');

/** A host page with one widget in a readable column, its surface filling the page. */
function hostPage(tag, theme) {
  const surface = theme === 'dark' ? '#16191d' : '#ffffff';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 12px; background: ${surface}; } main { max-width: 760px; margin: 0 auto; }</style>
<script type="module" src="/ryggrad.js"></script></head>
<body><main><${tag} lang="en" theme="${theme}"></${tag}></main></body></html>`;
}

async function photograph(browser, origin, tag, mode, width) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    // Puppeteer's own emulation does not know forced colours; Chromium's protocol does.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: mode.forcedColors ? 'active' : 'none' }],
    });
    await page.goto(`${origin}/host/${tag}/${mode.theme}.html`);
    await page.waitForFunction(
      (name) => {
        const shadow = document.querySelector(name)?.shadowRoot;
        return Boolean(shadow?.querySelector('.base') && !shadow.querySelector('.loading'));
      },
      { timeout: 20000 },
      tag,
    );
    const element = await page.$(tag);
    await element.screenshot({
      path: join(root, 'docs', screenshotFile(tag, mode.id, width)),
      type: 'webp',
      quality: 70,
    });
  } finally {
    await page.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const routes = {};
  for (const tag of WIDGET_TAGS) {
    for (const theme of ['light', 'dark']) {
      routes[`/host/${tag}/${theme}.html`] = { type: 'text/html', body: hostPage(tag, theme) };
    }
  }
  const server = await serveStatic(join(root, 'dist/cdn'), { routes });
  const browser = await launchChromium();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    for (const tag of WIDGET_TAGS) {
      for (const mode of MODES) {
        for (const width of WIDTHS) await photograph(browser, server.origin, tag, mode, width);
      }
      console.log(`screenshots: ${tag}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots: ${WIDGET_TAGS.length * MODES.length * WIDTHS.length} pictures in docs/screenshots/`);
}
