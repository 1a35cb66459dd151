// Lighthouse (the npm package, mobile preset: a mid-range phone on slow 4G, simulated) against the
// system Chromium, on a host page with one widget (through the loader, and through its standalone
// file), a host page with every widget (all from another origin, with the neutral theme's
// :not(:defined) recipe, as getting-started shows), and the docs' home page. Reports the median
// run's performance and accessibility scores with its largest contentful paint, total blocking
// time and cumulative layout shift. Measures; never fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browsers.mjs';
import { serveStatic, WIDGET_TAGS } from '../scripts/e2e-support.mjs';
import { hostPage } from './network.bench.mjs';
import { median } from './stats.mjs';

const RUNS = 3;

// chrome-launcher starts Chromium with a --disable-features list of its own, and Chromium reads only
// the last one: the two lists go into one.
const disabledFeatures = (flags) =>
  flags.filter((flag) => flag.startsWith('--disable-features=')).flatMap((flag) => flag.split('=')[1].split(','));
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--disable-features=')),
  `--disable-features=${[...new Set([...disabledFeatures(chromeLauncher.Launcher.defaultFlags()), ...disabledFeatures(CHROMIUM_ARGS)])].join(',')}`,
];

/** A plain article with the widgets in it, as a health site would embed them (with `script`, the loader by default). */
function article(cdnOrigin, tags, script = `${cdnOrigin}/ryggrad.js`) {
  return hostPage(
    `<main><h1>Vond rygg</h1><p>De fleste med vondt i ryggen blir bra igjen av seg selv. ` +
      `Her kan du se når du bør søke hjelp.</p>` +
      `${tags.map((tag) => `<${tag}></${tag}>`).join('')}<p>Sist oppdatert 2026.</p></main>`,
    tags.join(','),
    `<meta name="description" content="Om vond rygg"><link rel="stylesheet" href="${cdnOrigin}/themes/neutral.css">` +
      `<script type="module" src="${script}"></script>`,
  );
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const number = (id) => lhr.audits[id]?.numericValue;
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcpMs: Math.round(number('largest-contentful-paint')),
      tbtMs: Math.round(number('total-blocking-time')),
      cls: Math.round(number('cumulative-layout-shift') * 1000) / 1000,
      fcpMs: Math.round(number('first-contentful-paint')),
    };
  } finally {
    await chrome.kill();
  }
}

export async function run({ root }) {
  const tags = WIDGET_TAGS;
  const cdn = await serveStatic(join(root, 'dist/cdn'), { headers: () => ({ 'access-control-allow-origin': '*' }) });
  const routes = {
    '/one-widget.html': { body: article(cdn.origin, ['rygg-red-flag-checklist']) },
    '/one-widget-standalone.html': {
      body: article(cdn.origin, ['rygg-red-flag-checklist'], `${cdn.origin}/standalone/rygg-red-flag-checklist.nb.js`),
    },
    '/all-widgets.html': { body: article(cdn.origin, tags) },
  };
  const host = await serveStatic(join(root, 'dist/docs'), { routes });
  const pages = {
    'one widget (checklist), loader': `${host.origin}/one-widget.html`,
    'one widget (checklist), standalone file': `${host.origin}/one-widget-standalone.html`,
    'all widgets': `${host.origin}/all-widgets.html`,
    'docs home': `${host.origin}/index.html`,
  };
  try {
    const result = { preset: 'mobile (simulated slow 4G, 4× CPU slowdown)', runs: RUNS, pages: {} };
    for (const [name, url] of Object.entries(pages)) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(url));
      // The run with the median performance score, so the figures belong together.
      const score = median(runs.map((figures) => figures.performance));
      const chosen = runs.find((figures) => figures.performance === score) ?? runs[0];
      result.pages[name] = { ...chosen, performanceScores: runs.map((figures) => figures.performance) };
      console.log(
        `${name.padEnd(24)} performance ${chosen.performance} (runs ${result.pages[name].performanceScores.join(', ')}) · ` +
          `accessibility ${chosen.accessibility} · LCP ${chosen.lcpMs} ms · TBT ${chosen.tbtMs} ms · CLS ${chosen.cls}`,
      );
    }
    result.lighthouse = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
    return result;
  } finally {
    await host.close();
    await cdn.close();
  }
}
