// Size benchmark: gzip bytes of what the CDN build sends. For the pages, it loads real pages in
// headless Chromium and adds up every JavaScript file the page actually requested, so the
// figures follow the real import graph (loader → widget chunk → shared chunks → one locale).
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { launchChromium, serveStatic } from '../scripts/e2e-support.mjs';
import { registryWidgets } from '../scripts/rollup-standalone.mjs';
import { chunkFolder } from '../scripts/rollup-chunk-folder.mjs';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
// kB = 1024 bytes, as in the budgets.
const kB = (bytes) => Math.round((bytes / 1024) * 10) / 10;

export const BUDGETS = {
  loader: 3 * 1024,
  checklistPage: 18 * 1024,
  allFourPage: 38 * 1024,
  spineDiagramOwn: 15 * 1024,
  careOptionsOwn: 6 * 1024,
  backFactsOwn: 6 * 1024,
};

/** A page that embeds the given widgets with the one script tag. */
export function embedPage(body, lang = 'nb', head = '') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Ryggrad</title>${head}<script type="module" src="/dist/cdn/ryggrad.js"></script></head><body>${body}</body></html>`;
}

async function pageJavaScript(browser, server, root, path) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(server.origin + path);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('rygg-'))
        .every((e) => e.shadowRoot?.querySelector('.base') && !e.shadowRoot.querySelector('.loading')),
    { timeout: 20000 },
  );
  // Parts that load when first shown (a close-up, a clinician's wording) may still be on the way.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 20000 });
  await page.close();
  const files = [...scripts].sort();
  const sizes = files.map((file) => ({
    // Named without the build's hash folder (chunks/<hash>/), so figures compare between builds.
    name: file.replace('/dist/cdn/', '').replace(/^chunks\/[\da-f]+\//, 'chunks/'),
    bytes: gz(readFileSync(join(root, file))),
  }));
  const bytes = sizes.reduce((sum, file) => sum + file.bytes, 0);
  // Where the bytes go: the loader, the words (content chunks, one language) and the code, which is
  // the shared code (Lit, core and what several widgets use) and the widgets' own chunks.
  const parts = { loader: 0, code: 0, content: 0, shared: 0, widget: 0 };
  for (const file of sizes) {
    const part =
      file.name === 'ryggrad.js'
        ? 'loader'
        : file.name.startsWith('chunks/content-')
          ? 'content'
          : file.name.startsWith('chunks/widget-')
            ? 'widget'
            : 'shared';
    parts[part] += file.bytes;
    if (part === 'shared' || part === 'widget') parts.code += file.bytes;
  }
  return { files: sizes.map((file) => file.name), gzipBytes: bytes, kB: kB(bytes), parts };
}

/**
 * Lit on its own (LitElement, html, css, svg, nothing), minified like the CDN build: the runtime
 * every Lit widget brings, and so the floor under any page total.
 */
export async function bundleLitAlone(root) {
  const bundle = await rollup({
    input: 'virtual-lit-entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'virtual-lit-entry' ? id : null),
        load: (id) =>
          id === 'virtual-lit-entry' ? "export { LitElement, html, css, svg, nothing } from 'lit';" : null,
      },
      nodeResolve({ rootDir: root, exportConditions: ['production'], browser: true }),
      terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

/** Bundles Shoelace's checkbox, card and alert (with their Lit) the way a site would ship them. */
export async function bundleShoelacePeer(root) {
  const bundle = await rollup({
    input: 'virtual-shoelace-entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'virtual-shoelace-entry' ? id : null),
        load: (id) =>
          id === 'virtual-shoelace-entry'
            ? ['checkbox', 'card', 'alert']
                .map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`)
                .join('\n')
            : null,
      },
      nodeResolve({ rootDir: root, exportConditions: ['production'] }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

export async function run({ root }) {
  const cdn = join(root, 'dist/cdn');
  const chunkDir = chunkFolder(cdn);
  const loader = gz(readFileSync(join(cdn, 'ryggrad.js')));
  const chunks = Object.fromEntries(
    readdirSync(chunkDir)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => [name, gz(readFileSync(join(chunkDir, name)))]),
  );

  const widgets = await registryWidgets();
  const server = await serveStatic(root, {
    routes: {
      // One page per widget, with its defaults, for every widget's own page total.
      ...Object.fromEntries(widgets.map(({ tag }) => [`/only/${tag}`, { body: embedPage(`<${tag}></${tag}>`) }])),
      '/checklist': { body: embedPage('<rygg-red-flag-checklist></rygg-red-flag-checklist>') },
      '/diagram': { body: embedPage('<rygg-spine-diagram></rygg-spine-diagram>') },
      '/all-every-option': {
        body: embedPage(
          '<rygg-red-flag-checklist audience="clinician" flags="fever"></rygg-red-flag-checklist><rygg-spine-diagram view="segment"></rygg-spine-diagram><rygg-activity-advice variant="long-lasting"></rygg-activity-advice><rygg-return-to-work checklist></rygg-return-to-work>',
        ),
      },
      '/all': {
        body: embedPage(
          '<rygg-red-flag-checklist></rygg-red-flag-checklist><rygg-spine-diagram></rygg-spine-diagram><rygg-activity-advice></rygg-activity-advice><rygg-return-to-work></rygg-return-to-work>',
        ),
      },
    },
  });
  const browser = await launchChromium();
  let checklistOnly;
  let diagramOnly;
  let allFour;
  let allFourEveryOption;
  const widgetPages = {};
  try {
    for (const { tag, folder } of widgets)
      widgetPages[folder] = await pageJavaScript(browser, server, root, `/only/${tag}`);
    checklistOnly = await pageJavaScript(browser, server, root, '/checklist');
    diagramOnly = await pageJavaScript(browser, server, root, '/diagram');
    allFour = await pageJavaScript(browser, server, root, '/all');
    allFourEveryOption = await pageJavaScript(browser, server, root, '/all-every-option');
  } finally {
    await browser.close();
    await server.close();
  }

  // Every widget's own code: its chunks, with the parts it loads when first shown (the spine
  // diagram's close-up, the return-to-work form).
  const ownCode = (folder) =>
    Object.entries(chunks).reduce(
      (sum, [name, bytes]) =>
        name === `widget-${folder}.js` || name.startsWith(`widget-${folder}-`) ? sum + bytes : sum,
      0,
    );
  const widgetsOwn = Object.fromEntries(widgets.map(({ folder }) => [folder, ownCode(folder)]));
  const spineOwn = widgetsOwn['spine-diagram'];
  const careOwn = widgetsOwn['care-options'];
  const factsOwn = widgetsOwn['back-facts'];
  const shoelace = gz(Buffer.from(await bundleShoelacePeer(root)));
  const litAlone = gz(Buffer.from(await bundleLitAlone(root)));
  const result = {
    loaderGzip: loader,
    chunksGzip: chunks,
    // The budgets are for pages with the widgets' defaults; the last page shows what every optional
    // part (loaded only when shown) adds.
    pages: { checklistOnly, diagramOnly, allFour, allFourEveryOption },
    widgetPages,
    widgetsOwnGzip: widgetsOwn,
    spineDiagramOwnGzip: spineOwn,
    careOptionsOwnGzip: careOwn,
    backFactsOwnGzip: factsOwn,
    peers: { shoelaceCheckboxCardAlertGzip: shoelace, litAloneGzip: litAlone },
    budgets: {
      loader: { limit: BUDGETS.loader, actual: loader, met: loader <= BUDGETS.loader },
      checklistPage: {
        limit: BUDGETS.checklistPage,
        actual: checklistOnly.gzipBytes,
        met: checklistOnly.gzipBytes <= BUDGETS.checklistPage,
      },
      allFourPage: {
        limit: BUDGETS.allFourPage,
        actual: allFour.gzipBytes,
        met: allFour.gzipBytes <= BUDGETS.allFourPage,
      },
      spineDiagramOwn: { limit: BUDGETS.spineDiagramOwn, actual: spineOwn, met: spineOwn <= BUDGETS.spineDiagramOwn },
      careOptionsOwn: { limit: BUDGETS.careOptionsOwn, actual: careOwn, met: careOwn <= BUDGETS.careOptionsOwn },
      backFactsOwn: { limit: BUDGETS.backFactsOwn, actual: factsOwn, met: factsOwn <= BUDGETS.backFactsOwn },
    },
  };

  console.log(`loader ryggrad.js: ${kB(loader)} kB gzip (budget 3 kB)`);
  for (const [name, bytes] of Object.entries(chunks)) console.log(`  chunks/${name}: ${kB(bytes)} kB`);
  console.log(`page with only the checklist: ${checklistOnly.kB} kB gzip JavaScript in all (budget 18 kB)`);
  console.log(`page with only the diagram:   ${diagramOnly.kB} kB`);
  console.log(`page with all four (nb):      ${allFour.kB} kB (budget 38 kB)`);
  console.log(`all four, every optional part shown: ${allFourEveryOption.kB} kB`);
  const partsText = ({ loader: l, shared, widget, content }) =>
    `loader ${kB(l)} + shared code ${kB(shared)} + widget ${kB(widget)} + content ${kB(content)} kB`;
  for (const [name, page] of Object.entries({ checklistOnly, diagramOnly, allFour, allFourEveryOption }))
    console.log(`  ${name}: ${partsText(page.parts)}`);
  const ownBudget = { 'spine-diagram': 15, 'care-options': 6, 'back-facts': 6 };
  for (const { folder } of widgets) {
    const budget = ownBudget[folder] ? ` (budget ${ownBudget[folder]} kB)` : '';
    console.log(
      `${folder}: own code ${kB(widgetsOwn[folder])} kB${budget}; alone on a page ${widgetPages[folder].kB} kB = ${partsText(widgetPages[folder].parts)}`,
    );
  }
  console.log(`peer: Shoelace checkbox + card + alert bundled: ${kB(shoelace)} kB`);
  console.log(`Lit alone (the floor under any Lit widget): ${kB(litAlone)} kB`);
  const { loader: l, code, shared, widget, content } = checklistOnly.parts;
  console.log(
    `checklist page: loader ${kB(l)} + code ${kB(code)} (shared ${kB(shared)}, of it Lit about ${kB(litAlone)}; widget ${kB(widget)}) + content ${kB(content)} kB`,
  );
  return result;
}
