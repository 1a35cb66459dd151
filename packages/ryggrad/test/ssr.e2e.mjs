// End-to-end: server rendering. Every widget is rendered in Node with @lit-labs/ssr after
// `preloadContent`, then the HTML (declarative shadow DOM) is opened in Chromium with Lit's
// hydrate support, the same preload and the widgets' code: the server's shadow roots must be
// taken over, not rendered a second time beside them, and the widgets must work.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchChromium, serveStatic, watchPage } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
// Inside the repository, so the server bundle's `lit` imports resolve to the same copy as @lit-labs/ssr's.
const outDir = join(root, 'node_modules/.cache/ryggrad-ssr-e2e');
const source = (path) => JSON.stringify(join(root, 'packages/ryggrad/src', path));

// Each widget with the heading of its content in bokmål, which the placeholder does not have.
const WIDGETS = [
  { tag: 'rygg-red-flag-checklist', heading: 'Når bør du søke hjelp?' },
  { tag: 'rygg-spine-diagram', heading: 'Slik er ryggen bygget' },
  { tag: 'rygg-activity-advice', heading: 'Når ryggen gjør vondt: hold deg i bevegelse' },
  { tag: 'rygg-return-to-work', heading: 'Jobb med ryggen din' },
  { tag: 'rygg-care-options', heading: 'Hva helsepersonell kan gjøre for deg' },
  { tag: 'rygg-back-facts', heading: 'Fakta om vond rygg' },
];

/** Bundles the package's sources (read through the `ryggrad-source` condition) for Node or the browser. */
function bundle(name, contents, platform) {
  return build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform,
    target: 'es2022',
    outdir: join(outDir, name),
    entryNames: 'entry',
    conditions: ['ryggrad-source'],
    // The package's `sideEffects` names its built files; these are its sources.
    ignoreAnnotations: true,
    // On the server Lit stays external, so the widgets and @lit-labs/ssr share one Lit.
    external:
      platform === 'node'
        ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*']
        : [],
    logLevel: 'error',
  });
}

const count = (text, part) => text.split(part).length - 1;

describe('server rendering with @lit-labs/ssr and hydration', { timeout: 120000 }, () => {
  const rendered = new Map();
  let server;
  let browser;

  before(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await bundle(
      'server',
      `export { preloadContent } from ${source('preload.ts')}; import ${source('all.ts')};`,
      'node',
    );
    await bundle(
      'client',
      // The hydrate support before Lit loads; the same preload before the elements are defined.
      // Lit itself is imported only after, by the dynamic imports, so no bundler can hoist it first.
      `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
       const { preloadContent } = await import(${source('preload.ts')});
       await preloadContent('nb');
       await import(${source('all.ts')});
       window.hydrated = true;`,
      'browser',
    );
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html, unsafeStatic } = await import('lit/static-html.js');
    const { preloadContent } = await import(join(outDir, 'server/entry.js'));
    await preloadContent('nb');
    for (const { tag } of WIDGETS) {
      const name = unsafeStatic(tag);
      rendered.set(tag, await collectResult(render(html`<${name} lang="nb"></${name}>`)));
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  for (const { tag, heading } of WIDGETS) {
    it(`<${tag}> renders its content on the server, not the loading placeholder`, () => {
      const markup = rendered.get(tag);
      assert.match(markup, /<template shadowroot(mode)?="open"/, 'a declarative shadow root');
      assert.equal(count(markup, heading), 1, `the heading "${heading}" once`);
      assert.ok(!markup.includes('aria-busy="true"'), 'no loading placeholder');
      assert.ok(!markup.includes('role="alert"'), 'no error box');
    });
  }

  it('hydrates every widget in Chromium without a second copy, and the checklist works', async () => {
    const body = WIDGETS.map(({ tag }) => rendered.get(tag)).join('\n');
    server = await serveStatic(join(outDir, 'client'), {
      routes: {
        '/': {
          body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>SSR</title></head><body><main>${body}</main>
            <script>
              // Before the module runs: the boxes the server rendered, to find them again after hydration.
              window.serverBoxes = [...document.querySelectorAll('main > *')].map((el) => el.shadowRoot?.querySelector('[part="base"]'));
            </script>
            <script type="module" src="/entry.js"></script></body></html>`,
        },
      },
    });
    browser = await launchChromium();
    const page = await browser.newPage();
    const record = watchPage(page);
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.hydrated === true, { timeout: 20000 });

    const states = await page.evaluate(async (widgets) => {
      const elements = [...document.querySelectorAll('main > *')];
      await Promise.all(elements.map((element) => element.updateComplete));
      return elements.map((element, index) => ({
        tag: element.localName,
        defined: customElements.get(element.localName) !== undefined,
        boxes: element.shadowRoot.querySelectorAll('[part="base"]').length,
        sameBox: element.shadowRoot.querySelector('[part="base"]') === window.serverBoxes[index],
        headings: element.shadowRoot.textContent.split(widgets[index].heading).length - 1,
        loading: element.shadowRoot.querySelector('[aria-busy="true"]') !== null,
      }));
    }, WIDGETS);
    for (const state of states) {
      assert.ok(state.defined, `${state.tag} is defined`);
      assert.equal(state.boxes, 1, `${state.tag} has one rendered box`);
      assert.ok(state.sameBox, `${state.tag} kept the server's box`);
      assert.equal(state.headings, 1, `${state.tag} shows its heading once`);
      assert.ok(!state.loading, `${state.tag} shows no placeholder`);
    }

    // The hydrated checklist reacts: ticking a sign changes its result and reports it.
    const before = await page.evaluate(() => {
      const checklist = document.querySelector('rygg-red-flag-checklist');
      window.tiers = [];
      checklist.addEventListener('rygg-triage-change', (event) => window.tiers.push(event.detail.tier));
      return checklist.shadowRoot.querySelector('[part="result"]').textContent.trim();
    });
    const checkbox = await page.waitForSelector('rygg-red-flag-checklist >>> input[type="checkbox"]');
    await checkbox.click();
    const after = await page.evaluate(async () => {
      const checklist = document.querySelector('rygg-red-flag-checklist');
      await checklist.updateComplete;
      return {
        result: checklist.shadowRoot.querySelector('[part="result"]').textContent.trim(),
        boxes: checklist.shadowRoot.querySelectorAll('[part="base"]').length,
        tiers: window.tiers,
      };
    });
    assert.notEqual(after.result, before, 'the result changed');
    assert.equal(after.boxes, 1, 'still one copy after the update');
    assert.equal(after.tiers.length, 1, 'one rygg-triage-change');
    assert.notEqual(after.tiers[0], 'self-care', 'a sign raises the tier');

    assert.deepEqual(record.pageErrors, [], 'no uncaught errors');
    assert.deepEqual(record.errors, [], 'no console errors (a hydration mismatch logs one)');
  });
});
