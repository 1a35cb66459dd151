// Real-network benchmark: time from navigation start to content — every widget's first heading
// (the checklist: its questions) drawn in its shadow root — on a phone's slow 4G and on a fast
// connection, with the depth of the request chain below the host page.
//
// The host page and the CDN files come from two local servers on different origins, as on a real
// site (so the CDN files need CORS, and nothing is shared with the page's connection). Each load
// runs in a fresh browser context (empty cache). Slow 4G is what Lighthouse's mobile preset
// emulates: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed down four times; the fast
// connection is its desktop preset: 40 ms, 10 Mbit/s, full CPU. Pages are loaded interleaved
// (one run of every page, then the next run), so a busy moment of the machine hits all of them.
//
// Ryggrad through the loader (one script tag for every widget) and through the standalone files (one
// file per widget and language). Beside it: the same checklist as static HTML (declarative shadow DOM, the floor) and built
// from Shoelace's checkbox, card and alert in one bundle (the peer). Reports medians; never fails.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chainDepth, launchChromium, recordInitiators, serveStatic, WIDGET_TAGS } from '../scripts/e2e-support.mjs';
import { bundleShoelacePeer } from './sizes.bench.mjs';
import { SHOELACE_CHECKLIST, staticCopyOfChecklist } from './render.bench.mjs';
import { median, ratio, summary } from './stats.mjs';

const RUNS = 7;

const KBIT = 1024 / 8; // bytes per second in one kbit/s, as Lighthouse counts
const CONDITIONS = {
  slow4g: { latency: 150, download: 1.6 * 1024 * KBIT, upload: 750 * KBIT, cpu: 4 },
  fast: { latency: 40, download: 10 * 1024 * KBIT, upload: 10 * 1024 * KBIT, cpu: 1 },
};

/**
 * Injected before any page script: records when every element the page names in
 * `data-content-of` has its content in its shadow root. A Ryggrad widget has content when its
 * first heading (and, for the checklist, its questions) is there and it no longer shows its
 * loading box; a Shoelace checkbox when it has drawn its shadow root; static HTML at once.
 */
function installContentProbe() {
  const hasContent = (element) => {
    const root = element.shadowRoot;
    if (!root || root.childElementCount === 0) return false;
    if (!element.localName.startsWith('rygg-')) return true;
    if (root.querySelector('.loading') || !root.querySelector('h1, h2, h3, h4, h5, h6')) return false;
    return element.localName !== 'rygg-red-flag-checklist' || root.querySelector('input') !== null;
  };
  const tick = () => {
    const selector = document.documentElement?.dataset.contentOf;
    const elements = selector ? [...document.querySelectorAll(selector)] : [];
    if (elements.length > 0 && elements.every(hasContent)) window.__contentAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function loadOnce(browser, url, condition) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const { cdp, requests } = await recordInitiators(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: condition.latency,
      downloadThroughput: condition.download,
      uploadThroughput: condition.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
    await page.evaluateOnNewDocument(installContentProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__contentAt !== undefined, { timeout: 60000, polling: 100 });
    const ms = await page.evaluate(() => window.__contentAt);
    return { ms, depth: chainDepth(requests, url) };
  } finally {
    await context.close();
  }
}

/** A host page; `contentOf` selects the elements whose content the probe waits for. */
export const hostPage = (body, contentOf, head = '') =>
  `<!doctype html><html lang="nb" data-content-of="${contentOf}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Ryggrad</title>${head}</head>` +
  `<body>${body}</body></html>`;

export async function run({ root }) {
  const tags = WIDGET_TAGS;
  const cdn = await serveStatic(join(root, 'dist/cdn'), {
    routes: { '/shoelace-peer.js': { body: await bundleShoelacePeer(root), type: 'text/javascript' } },
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  const routes = {};
  const host = await serveStatic(join(root, 'bench'), { routes });
  const loader = `<script type="module" src="${cdn.origin}/ryggrad.js"></script>`;
  const widgets = (list) => list.map((tag) => `<${tag}></${tag}>`).join('');
  const pages = {};
  for (const tag of tags) pages[`loader ${tag}`] = hostPage(widgets([tag]), tag, loader);
  pages['loader all widgets'] = hostPage(widgets(tags), tags.join(','), loader);
  // A configured part shown at once: the clinician's wording, which the loader starts with the widget.
  pages['loader rygg-red-flag-checklist for clinicians'] = hostPage(
    '<rygg-red-flag-checklist audience="clinician"></rygg-red-flag-checklist>',
    'rygg-red-flag-checklist',
    loader,
  );
  // One file per widget and language, no loader (dist/cdn/standalone).
  for (const tag of tags.filter((name) => existsSync(join(root, `dist/cdn/standalone/${name}.nb.js`))))
    pages[`standalone ${tag}`] = hostPage(
      widgets([tag]),
      tag,
      `<script type="module" src="${cdn.origin}/standalone/${tag}.nb.js"></script>`,
    );
  pages['Shoelace peer bundle'] = hostPage(
    SHOELACE_CHECKLIST,
    'sl-checkbox',
    `<script type="module" src="${cdn.origin}/shoelace-peer.js"></script>`,
  );

  const browser = await launchChromium();
  try {
    routes['/copy'] = { body: hostPage(widgets(['rygg-red-flag-checklist']), 'rygg-red-flag-checklist', loader) };
    const staticWidget = await staticCopyOfChecklist(browser, `${host.origin}/copy`);
    pages['static HTML'] = hostPage(
      `<div class="static-widget"><template shadowrootmode="open">${staticWidget}</template></div>`,
      '.static-widget',
    );
    const paths = Object.keys(pages).map((name, index) => {
      routes[`/page-${index}`] = { body: pages[name] };
      return [name, `${host.origin}/page-${index}`];
    });

    const result = { conditions: CONDITIONS, runs: RUNS, pages: {} };
    for (const [conditionName, condition] of Object.entries(CONDITIONS)) {
      const times = Object.fromEntries(paths.map(([name]) => [name, []]));
      const depths = Object.fromEntries(paths.map(([name]) => [name, []]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const [name, url] of paths) {
          const { ms, depth } = await loadOnce(browser, url, condition);
          times[name].push(ms);
          depths[name].push(depth);
        }
      }
      const peer = median(times['Shoelace peer bundle']);
      const floor = median(times['static HTML']);
      result.pages[conditionName] = Object.fromEntries(
        paths.map(([name]) => {
          const figures = {
            ...summary(times[name]),
            chainDepth: Math.max(...depths[name]),
            ratioToShoelace: ratio(median(times[name]), peer),
            ratioToStatic: ratio(median(times[name]), floor),
          };
          console.log(
            `${conditionName.padEnd(6)} ${name.padEnd(36)} ${String(figures.medianMs).padStart(7)} ms ` +
              `(${figures.q1Ms}–${figures.q3Ms}) · chain ${figures.chainDepth} · ×${figures.ratioToShoelace} of Shoelace`,
          );
          return [name, figures];
        }),
      );
    }
    result.chromium = await browser.version();
    return result;
  } finally {
    await browser.close();
    await host.close();
    await cdn.close();
  }
}
