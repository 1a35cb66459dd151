// Render benchmark: time from navigation start to every widget rendered, in headless Chromium,
// for a page with 1 and with 50 red-flag checklists — beside the same checklist as plain static
// HTML (the floor: declarative shadow DOM with the widget's own rendered markup and styles) and
// beside the same checklist built from Shoelace components (sl-card, sl-checkbox, sl-alert).
// The pages are loaded interleaved (one run of each, then the next run) and every figure is a median
// with its quartiles and range over RUNS runs, so a busy moment of the machine hits all pages alike
// and a 10 % change stands out from the spread. Ratios compare medians of the same runs.
// Also: cumulative layout shift of a page that uses the documented :not(:defined) recipe, and how
// long choosing a part of the spine diagram takes (a click until the widget has updated), with the
// CPU slowed 4× as on a mid-range phone.
import { launchChromium, serveStatic } from '../scripts/e2e-support.mjs';
import { bundleShoelacePeer, embedPage } from './sizes.bench.mjs';
import { ratio, summary } from './stats.mjs';

const RUNS = 21;

/** Injected before any page script: records when every watched element is rendered. */
function installRenderProbe() {
  const rendered = () => {
    const ryggrad = [...document.querySelectorAll('rygg-red-flag-checklist')];
    const shoelace = [...document.querySelectorAll('sl-card, sl-checkbox, sl-alert')];
    const staticCopies = [...document.querySelectorAll('.static-widget')];
    const expected = Number(document.documentElement.dataset.expect || 0);
    if (ryggrad.length)
      return (
        ryggrad.length === expected &&
        ryggrad.every((e) => e.shadowRoot?.querySelector('.base') && !e.shadowRoot.querySelector('.loading'))
      );
    if (shoelace.length)
      return (
        shoelace.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0) &&
        document.querySelectorAll('sl-card').length === expected
      );
    return staticCopies.length === expected && staticCopies.every((e) => e.shadowRoot);
  };
  const tick = () => {
    if (document.documentElement && rendered()) window.__renderedAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const CPU_SLOWDOWN = 4;
const SPINE_PAGES = 3;

/** Clicks each part of a spine diagram in turn; the time from each click until the widget has updated. */
async function timeSpineChoices(browser, url) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector('rygg-spine-diagram')?.shadowRoot?.querySelector('g.part'),
      {
        timeout: 30000,
      },
    );
    return await page.evaluate(async () => {
      const diagram = document.querySelector('rygg-spine-diagram');
      await diagram.updateComplete;
      const times = [];
      for (const key of [...diagram.shadowRoot.querySelectorAll('g.part')].map((part) => part.dataset.key)) {
        const part = diagram.shadowRoot.querySelector(`g.part[data-key="${key}"]`);
        const start = performance.now();
        part.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await diagram.updateComplete;
        times.push(performance.now() - start);
      }
      return times;
    });
  } finally {
    await page.close();
  }
}

async function timeOnce(browser, url) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(installRenderProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__renderedAt !== undefined, { timeout: 30000 });
    return await page.evaluate(() => window.__renderedAt);
  } finally {
    await page.close();
  }
}

/** Renders one checklist with Ryggrad (the page at `url`) and copies its markup and styles into static HTML. */
export async function staticCopyOfChecklist(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('rygg-red-flag-checklist')?.shadowRoot?.querySelector('input'),
    { timeout: 20000 },
  );
  const copy = await page.evaluate(() => {
    const element = document.querySelector('rygg-red-flag-checklist');
    const styles = element.shadowRoot.adoptedStyleSheets
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .join('\n');
    const markup = element.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
    return `<style>${styles}</style>${markup}`;
  });
  await page.close();
  return copy;
}

const PEER_LABELS = [
  'Vannlating',
  'Nummen i skrittet',
  'Utrygg',
  'Sterke smerter',
  'Nedsatt kraft',
  'Vekttap',
  'Feber',
  'Føler deg syk',
  'Ulykke',
];

/** The checklist built from Shoelace components (the peer): a card, nine checkboxes, an alert. */
export const SHOELACE_CHECKLIST = `<sl-card class="checklist"><strong slot="header">Når bør du søke hjelp?</strong>
    ${PEER_LABELS.map((label) => `<sl-checkbox>${label}</sl-checkbox><br>`).join('')}
    <sl-alert variant="primary" open>Ta vare på deg selv med aktivitet.</sl-alert></sl-card>`;

export async function run({ root }) {
  const shoelaceCode = await bundleShoelacePeer(root);
  const page = (count, body, extraHead = '') =>
    `<!doctype html><html lang="nb" data-expect="${count}"><head><meta charset="utf-8"><title>bench</title>${extraHead}</head><body>${body}</body></html>`;
  const routes = {
    '/ryggrad-1': {
      body: embedPage('<rygg-red-flag-checklist></rygg-red-flag-checklist>').replace(
        '<html lang="nb">',
        '<html lang="nb" data-expect="1">',
      ),
    },
    '/ryggrad-50': {
      body: embedPage('<rygg-red-flag-checklist></rygg-red-flag-checklist>'.repeat(50)).replace(
        '<html lang="nb">',
        '<html lang="nb" data-expect="50">',
      ),
    },
    '/shoelace.js': { body: shoelaceCode, type: 'text/javascript' },
    '/shoelace-1': { body: page(1, SHOELACE_CHECKLIST, '<script type="module" src="/shoelace.js"></script>') },
    '/shoelace-50': {
      body: page(50, SHOELACE_CHECKLIST.repeat(50), '<script type="module" src="/shoelace.js"></script>'),
    },
    '/spine': { body: embedPage('<rygg-spine-diagram></rygg-spine-diagram>') },
    '/cls': {
      body: embedPage(
        '<h1>Vond rygg</h1><p>Tekst før.</p><rygg-red-flag-checklist></rygg-red-flag-checklist><p>Tekst etter widgeten, som ikke skal flytte seg.</p><rygg-activity-advice></rygg-activity-advice><p>Slutt.</p>',
        'nb',
        '<link rel="stylesheet" href="/packages/ryggrad/themes/neutral.css">',
      ),
    },
  };
  const server = await serveStatic(root, { routes });
  const browser = await launchChromium();
  try {
    const staticWidget = await staticCopyOfChecklist(browser, `${server.origin}/ryggrad-1`);
    const staticBlock = `<div class="static-widget"><template shadowrootmode="open">${staticWidget}</template></div>`;
    routes['/static-1'] = { body: page(1, staticBlock) };
    routes['/static-50'] = { body: page(50, staticBlock.repeat(50)) };

    const result = {};
    for (const count of [1, 50]) {
      const kinds = { ryggrad: 'ryggrad', staticHtml: 'static', shoelace: 'shoelace' };
      const times = { ryggrad: [], staticHtml: [], shoelace: [] };
      for (let run = 0; run < RUNS; run += 1)
        for (const [kind, path] of Object.entries(kinds))
          times[kind].push(await timeOnce(browser, `${server.origin}/${path}-${count}`));
      const figures = Object.fromEntries(Object.entries(times).map(([kind, values]) => [kind, summary(values)]));
      const { ryggrad, staticHtml, shoelace } = figures;
      result[`widgets${count}`] = {
        ...figures,
        ratioToStatic: ratio(ryggrad.medianMs, staticHtml.medianMs),
        ratioToShoelace: ratio(ryggrad.medianMs, shoelace.medianMs),
      };
      const line = ({ medianMs, q1Ms, q3Ms }) => `${medianMs} ms (quartiles ${q1Ms}–${q3Ms})`;
      console.log(
        `${count} checklist(s): Ryggrad ${line(ryggrad)} · static HTML ${line(staticHtml)} · Shoelace ${line(shoelace)} → ×${result[`widgets${count}`].ratioToStatic} of static, ×${result[`widgets${count}`].ratioToShoelace} of Shoelace`,
      );
    }

    // Layout shift with the :not(:defined) recipe.
    const clsPage = await browser.newPage();
    await clsPage.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await clsPage.goto(`${server.origin}/cls`);
    await clsPage.waitForFunction(
      () =>
        [...document.querySelectorAll('rygg-red-flag-checklist, rygg-activity-advice')].every(
          (e) => e.shadowRoot?.querySelector('.base') && !e.shadowRoot.querySelector('.loading'),
        ),
      { timeout: 20000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    result.cumulativeLayoutShift = Math.round((await clsPage.evaluate(() => window.__cls)) * 1000) / 1000;
    await clsPage.close();
    console.log(`cumulative layout shift with the :not(:defined) recipe: ${result.cumulativeLayoutShift}`);
    // Choosing a part of the spine diagram.
    const choices = [];
    for (let run = 0; run < SPINE_PAGES; run += 1)
      choices.push(...(await timeSpineChoices(browser, `${server.origin}/spine`)));
    result.spineChoose = { ...summary(choices), cpuSlowdown: CPU_SLOWDOWN };
    const choose = result.spineChoose;
    console.log(
      `spine diagram, choosing a part (${CPU_SLOWDOWN}× CPU slowdown): median ${choose.medianMs} ms (quartiles ${choose.q1Ms}–${choose.q3Ms}, ${choose.runs} clicks)`,
    );
    result.runs = RUNS;
    result.chromium = await browser.version();
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
