// `npm run screenshots`: the docs' screenshot sheet (docs/screenshots.html), so a reviewer sees the
// widgets as one family at a glance. Every widget, in the light and dark themes and in forced
// colours, on a 360 px phone and a 1280 px desktop, photographed in Debian's Chromium from the
// built CDN files (run `npm run build` first). Writes docs/screenshots/<tag>-<mode>-<width>.webp
// and the page itself; both are committed, so the docs build needs no browser.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGET_TAGS, launchChromium, serveStatic } from './e2e-support.mjs';

const root = new URL('..', import.meta.url).pathname;
const OUT_DIR = join(root, 'docs/screenshots');

/** What each picture shows, and how the page asks for it. */
export const MODES = [
  { id: 'light', label: 'Light theme', theme: 'light', forcedColors: false },
  { id: 'dark', label: 'Dark theme', theme: 'dark', forcedColors: false },
  { id: 'forced', label: 'Forced colours', theme: 'light', forcedColors: true },
];
export const WIDTHS = [360, 1280];

/** The file name of one picture, relative to docs/. */
export const screenshotFile = (tag, mode, width) => `screenshots/${tag}-${mode}-${width}.webp`;

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

/** The sheet: one section per widget, a figure per mode and width, each with a text alternative. */
function sheet() {
  const sections = WIDGET_TAGS.map((tag) => {
    const figures = MODES.flatMap((mode) =>
      WIDTHS.map(
        (width) => `          <figure class="screenshot">
            <img src="./${screenshotFile(tag, mode.id, width)}" alt="&lt;${tag}&gt;, ${mode.label.toLowerCase()}, ${width} px wide" loading="lazy" />
            <figcaption>${mode.label}, ${width} px</figcaption>
          </figure>`,
      ),
    ).join('\n');
    return `        <h2 id="${tag}"><code>&lt;${tag}&gt;</code></h2>
        <div class="screenshot-grid">
${figures}
        </div>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <!-- rygg:head -->
    <meta
      name="description"
      content="Every Ryggrad widget in light, dark and forced colours, on a phone and a desktop: the family at a glance."
    />
    <title>Screenshots — Ryggrad</title>
  </head>
  <body>
    <!-- rygg:header -->
    <div class="layout">
      <!-- rygg:nav -->
      <main id="main" tabindex="-1">
        <h1>Screenshots</h1>
        <p class="lead">
          Every widget in the light and dark themes and in forced colours, 360 px and 1280 px wide, in English. The
          pictures are taken from the built widgets by <code>npm run screenshots</code>.
        </p>
${sections}
      </main>
    </div>
    <!-- rygg:footer -->
  </body>
</html>
`;
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
  writeFileSync(join(root, 'docs/screenshots.html'), sheet());
  console.log(`screenshots: ${WIDGET_TAGS.length * MODES.length * WIDTHS.length} pictures and docs/screenshots.html`);
}
