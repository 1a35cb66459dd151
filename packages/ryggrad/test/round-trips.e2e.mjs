// End-to-end: how many round trips a page needs before a widget shows its content. Through the
// loader, the loader starts every chunk a widget and its language need at once (chain: loader, then
// everything else); a standalone file (dist/cdn/standalone/<tag>.<locale>.js) needs nothing else.
// The host page and the CDN are on two origins, as on a real site.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  REPO_ROOT,
  WIDGET_TAGS,
  chainDepth,
  hostPage,
  launchChromium,
  recordInitiators,
  serveAsCdn,
  serveStatic,
  skipUnlessBuilt,
  watchPage,
  widgetMarkup,
} from '../../../scripts/e2e-support.mjs';
import { contentLocales } from '../../../scripts/rollup-standalone.mjs';

const cdnDir = join(REPO_ROOT, 'dist/cdn');
const skip = skipUnlessBuilt('dist/cdn/standalone');

/** Waits until every Ryggrad element shows its content: a heading, and no loading box or error. */
async function contentShown(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('rygg-'));
      return (
        elements.length > 0 &&
        elements.every((element) => {
          const shadow = element.shadowRoot;
          return (
            shadow &&
            !shadow.querySelector('.loading, [role="alert"]') &&
            shadow.querySelector('h1, h2, h3, h4, h5, h6') !== null
          );
        })
      );
    },
    { timeout: 20000 },
  );
}

/** Injected before the page's scripts: counts the updates of Ryggrad elements that had no content yet. */
function recordUpdatesWithoutContent() {
  window.__updatesWithoutContent = 0;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name.startsWith('rygg-')) {
      const update = constructor.prototype.update;
      constructor.prototype.update = function (changed) {
        if (this.content === undefined) window.__updatesWithoutContent += 1;
        return update.call(this, changed);
      };
    }
    return define(name, constructor, options);
  };
}

describe('round trips to content', { skip }, () => {
  let browser;
  let cdn;
  let host;
  const routes = {};

  before(async () => {
    cdn = await serveAsCdn(cdnDir);
    host = await serveStatic(REPO_ROOT, { routes });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await host?.close();
  });

  async function open(path, lang, body, scripts) {
    routes[path] = { body: hostPage({ lang, head: scripts, body }) };
    const page = await browser.newPage();
    const record = watchPage(page);
    const { requests } = await recordInitiators(page);
    await page.evaluateOnNewDocument(recordUpdatesWithoutContent);
    await page.goto(host.origin + path);
    await contentShown(page);
    return { page, record, requests, url: host.origin + path };
  }

  const scriptTag = (file) => `<script type="module" src="${cdn.origin}/${file}"></script>`;

  it('through the loader, one checklist needs two steps: the loader, then everything else at once', async () => {
    const { page, requests, url } = await open(
      '/loader',
      'nb',
      '<rygg-red-flag-checklist></rygg-red-flag-checklist>',
      scriptTag('ryggrad.js'),
    );
    const scripts = requests.filter((request) => request.url.startsWith(cdn.origin));
    assert.ok(
      scripts.some((request) => request.url.endsWith('/content-nb-red-flags.js')),
      'the words were loaded',
    );
    assert.equal(chainDepth(requests, url), 2, `chain: ${scripts.map((request) => request.url).join(', ')}`);
    await page.close();
  });

  it('through the loader, every widget on one page is two steps deep', async () => {
    const { page, requests, url } = await open('/loader-all', 'nn', widgetMarkup(WIDGET_TAGS), scriptTag('ryggrad.js'));
    assert.equal(chainDepth(requests, url), 2);
    const words = requests
      .map((request) => request.url.split('/').at(-1))
      .filter((name) => name.startsWith('content-'));
    assert.ok(words.length > 0, 'the words were loaded');
    assert.ok(
      words.every((name) => name.startsWith('content-nn-')),
      `only nynorsk words: ${words.join(', ')}`,
    );
    await page.close();
  });

  it('through the loader, a tag whose attributes show an optional part is two steps deep too', async () => {
    const { page, requests, url } = await open(
      '/loader-every-option',
      'en',
      [
        '<rygg-red-flag-checklist audience="clinician" flags="fever"></rygg-red-flag-checklist>',
        '<rygg-spine-diagram view="segment"></rygg-spine-diagram>',
        '<rygg-activity-advice variant="long-lasting"></rygg-activity-advice>',
        '<rygg-return-to-work checklist></rygg-return-to-work>',
      ].join(''),
      scriptTag('ryggrad.js'),
    );
    // A result card or a close-up may still be on its way when the headings show.
    await page.waitForNetworkIdle({ idleTime: 300 });
    const names = requests.map((request) => request.url.split('/').at(-1));
    for (const part of [
      'content-en-red-flags-clinician.js',
      'content-en-red-flags-result.js',
      'widget-red-flag-checklist-result.js',
      'widget-spine-diagram-segment.js',
      'content-en-activity-long-lasting.js',
      'widget-return-to-work-form.js',
    ])
      assert.ok(names.includes(part), `${part} was loaded: ${names.join(', ')}`);
    assert.equal(chainDepth(requests, url), 2, `chain: ${names.join(', ')}`);
    await page.close();
  });

  for (const tag of skip ? [] : WIDGET_TAGS) {
    for (const locale of contentLocales()) {
      it(`standalone/${tag}.${locale}.js shows its content with no other request`, async () => {
        const file = `standalone/${tag}.${locale}.js`;
        assert.ok(existsSync(join(cdnDir, file)), `${file} exists`);
        const { page, record, requests, url } = await open(
          `/standalone-${tag}-${locale}`,
          locale,
          widgetMarkup([tag]),
          scriptTag(file),
        );
        const scripts = requests.filter((request) => request.url.startsWith(cdn.origin));
        assert.deepEqual(
          scripts.map((request) => request.url),
          [`${cdn.origin}/${file}`],
        );
        assert.equal(chainDepth(requests, url), 1);
        // The file's words are ready when the element first updates: no loading pass first.
        assert.equal(await page.evaluate(() => window.__updatesWithoutContent), 0);
        assert.deepEqual(record.errors, []);
        assert.deepEqual(record.pageErrors, []);
        await page.close();
      });
    }
  }

  it('a standalone file beside the loader and another standalone file: one registration wins, nothing breaks', async () => {
    const { page, record } = await open(
      '/together',
      'nb',
      '<rygg-red-flag-checklist></rygg-red-flag-checklist><rygg-spine-diagram lang="en"></rygg-spine-diagram>',
      scriptTag('standalone/rygg-red-flag-checklist.nb.js') +
        scriptTag('ryggrad.js') +
        scriptTag('standalone/rygg-spine-diagram.en.js') +
        scriptTag('standalone/rygg-red-flag-checklist.nn.js'),
    );
    assert.deepEqual(record.pageErrors, [], 'no uncaught exceptions');
    assert.deepEqual(record.errors, [], 'no console errors');
    // A second definition of a tag is refused with a warning, never an exception.
    for (const warning of record.warnings) assert.match(warning, /already (defined|registered)|twice/);
    const spineText = await page.$eval('rygg-spine-diagram', (element) => element.shadowRoot.textContent);
    assert.match(spineText, /spine|back/i, 'the diagram speaks its own language (English)');
    await page.close();
  });
});
