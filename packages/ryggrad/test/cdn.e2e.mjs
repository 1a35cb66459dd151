// End-to-end: the CDN build on a hostile host. A health site on one origin loads
// dist/cdn/ryggrad.js from another, under a strict CSP with Trusted Types enforced.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chunkFolder } from '../../../scripts/rollup-chunk-folder.mjs';
import {
  REPO_ROOT,
  WIDGET_TAGS,
  assertCleanPage,
  launchChromium,
  launchFirefox,
  openHealthSite,
  serveAsCdn,
  skipUnlessBuilt,
  strictCsp,
  widgetsRendered,
  widgetsShowingErrors,
} from '../../../scripts/e2e-support.mjs';

const skip = skipUnlessBuilt('dist/cdn/ryggrad.js');

/** The health site's own stylesheet, hostile on purpose. */
const HOSTILE_CSS = {
  '/host.css': {
    type: 'text/css; charset=utf-8',
    body: 'html { font-size: 62.5%; } * { box-sizing: content-box; } p { display: none; } button { all: unset; } body { line-height: 0.9; letter-spacing: 3px; text-transform: uppercase; }',
  },
};

const loaderTag = (cdn, attributes = '') =>
  `<script type="module"${attributes} src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`;

describe('CDN build on a strict-CSP host', { skip }, () => {
  let browser;
  let cdn;
  let host;
  let brokenCdnDir;

  before(async () => {
    // A second copy of the CDN build in which one widget's chunk is missing.
    brokenCdnDir = mkdtempSync(join(tmpdir(), 'ryggrad-cdn-'));
    cpSync(join(REPO_ROOT, 'dist/cdn'), brokenCdnDir, { recursive: true });
    const brokenChunks = chunkFolder(brokenCdnDir);
    for (const name of readdirSync(brokenChunks)) {
      if (name.startsWith('widget-spine-diagram')) rmSync(join(brokenChunks, name));
    }
    cdn = await serveAsCdn(REPO_ROOT, { 'cache-control': 'public, max-age=31536000, immutable' });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await host?.close();
    rmSync(brokenCdnDir, { recursive: true, force: true });
  });

  /** Opens a health site with the hostile stylesheet (openHealthSite's options), on the broken copy. */
  async function openHost({ scripts, ...site }) {
    await host?.close();
    const opened = await openHealthSite(browser, {
      dir: brokenCdnDir,
      routes: HOSTILE_CSS,
      title: 'Helsestasjonen',
      head: `<link rel="stylesheet" href="/host.css">${scripts}`,
      ...site,
    });
    host = opened.host;
    return opened;
  }

  it('renders every widget with script-src limited to the CDN origin and Trusted Types enforced', async () => {
    const opened = await openHost({ scripts: loaderTag(cdn), csp: strictCsp(cdn.origin) });
    const { page, record } = opened;
    await assertCleanPage(opened);
    const foreign = record.requests.filter((url) => !url.startsWith(host.origin) && !url.startsWith(cdn.origin));
    assert.deepEqual(foreign, [], 'no request to any other origin');
    await page.close();
  });

  it('works with a nonce and strict-dynamic', async () => {
    const opened = await openHost({
      scripts: loaderTag(cdn, ' nonce="r4nd0m"'),
      csp: strictCsp("'nonce-r4nd0m' 'strict-dynamic'"),
    });
    await assertCleanPage(opened);
    await opened.page.close();
  });

  it('downloads only the widgets on the page, and only the page language', async () => {
    const { page, record } = await openHost({
      lang: 'nn-NO',
      tags: ['rygg-red-flag-checklist'],
      scripts: loaderTag(cdn),
      csp: strictCsp(cdn.origin),
    });
    const chunks = record.requests.filter((url) => url.includes('/chunks/')).map((url) => url.split('/').at(-1));
    assert.ok(chunks.includes('widget-red-flag-checklist.js'), `checklist chunk loaded: ${chunks}`);
    assert.ok(!chunks.some((name) => name.startsWith('widget-spine-diagram')), 'no diagram code');
    assert.ok(
      !chunks.some((name) => name.startsWith('widget-activity-advice') || name.startsWith('widget-return-to-work')),
      'no advice code',
    );
    assert.ok(
      chunks.some((name) => name.startsWith('content-nn-')),
      'nynorsk content loaded',
    );
    assert.ok(
      !chunks.some((name) => name.startsWith('content-en-') || name.startsWith('content-nb-')),
      `no other language: ${chunks}`,
    );
    // Whatever a chunk is called: the bokmål and English words (their common "content version") are in none of them.
    const folder = chunkFolder(join(REPO_ROOT, 'dist/cdn'));
    for (const name of chunks) {
      const code = readFileSync(join(folder, name), 'utf8');
      assert.doesNotMatch(code, /Innholdsversjon|Content version/, `${name} holds another language's words`);
    }
    await page.close();
  });

  it('loads the parts a reader’s gesture asks for, and no part the page does not show', async () => {
    const { page, record } = await openHost({
      tags: ['rygg-red-flag-checklist', 'rygg-return-to-work'],
      scripts: loaderTag(cdn),
      csp: strictCsp(cdn.origin),
    });
    const loaded = () => record.requests.map((url) => url.split('/').at(-1));
    assert.ok(!loaded().includes('widget-red-flag-checklist-result.js'), `no result before a gesture: ${loaded()}`);
    // Pointing at both widgets: the checklist's questions and the return-to-work card.
    for (const tag of ['rygg-red-flag-checklist', 'rygg-return-to-work']) await page.hover(tag);
    await page.hover('rygg-red-flag-checklist >>> .questions');
    await page.waitForNetworkIdle({ idleTime: 300 });
    assert.ok(loaded().includes('widget-red-flag-checklist-result.js'), `the result's code: ${loaded()}`);
    assert.ok(loaded().includes('content-nb-red-flags-result.js'), `the result's words: ${loaded()}`);
    // A patient page never shows the clinician wording; a card without `checklist` never shows the form.
    assert.ok(!loaded().some((name) => name.includes('clinician')), `no clinician wording: ${loaded()}`);
    assert.ok(!loaded().includes('widget-return-to-work-form.js'), `no conversation form: ${loaded()}`);
    await page.close();
  });

  it('defines a widget added after load', async () => {
    const { page } = await openHost({ tags: [], scripts: loaderTag(cdn), csp: strictCsp(cdn.origin) });
    await page.waitForFunction(() => window.__ryggradLoader !== undefined);
    assert.equal(await page.evaluate(() => Boolean(customElements.get('rygg-activity-advice'))), false);
    await page.evaluate(() => {
      // As a host's own script would (no innerHTML: Trusted Types are enforced on this page).
      const section = document.createElement('section');
      const advice = document.createElement('rygg-activity-advice');
      advice.setAttribute('lang', 'en');
      section.append(advice);
      document.querySelector('main').append(section);
    });
    await widgetsRendered(page, ['rygg-activity-advice']);
    const title = await page.$eval('rygg-activity-advice', (element) => element.shadowRoot.textContent);
    assert.ok(title.length > 100, 'the added widget rendered its content');
    await page.close();
  });

  it('warns once and keeps working when the loader is included twice', async () => {
    const { page, record } = await openHost({
      scripts: `${loaderTag(cdn)}<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js?copy=2"></script>`,
      csp: strictCsp(cdn.origin),
    });
    const twice = record.warnings.filter((text) => text.includes('loader is included twice'));
    assert.equal(twice.length, 1, `one warning: ${record.warnings}`);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.errors, []);
    await page.close();
  });

  for (const lang of ['nb', 'nn', 'en']) {
    it(`renders the care options and the back facts with their figures and chart in ${lang}, under the strict CSP`, async () => {
      const tags = ['rygg-care-options', 'rygg-back-facts'];
      const opened = await openHost({ lang, tags, scripts: loaderTag(cdn), csp: strictCsp(cdn.origin) });
      const { page } = opened;
      const shown = await page.evaluate(() => ({
        care: document.querySelector('rygg-care-options').toPlainText(),
        facts: document.querySelector('rygg-back-facts').toPlainText(),
        bars: document.querySelector('rygg-back-facts').shadowRoot.querySelectorAll('svg rect.solid').length,
        bands: document.querySelector('rygg-back-facts').shadowRoot.querySelectorAll('svg rect.band').length,
        lang: document.querySelector('rygg-back-facts').shadowRoot.querySelector('.base').lang,
      }));
      const spaced = (text) => text.replace(/[\u00a0\u202f]/g, ' ');
      for (const figure of [/4–6/, /90 ?%/, /70–90 ?%/]) assert.match(spaced(shown.care), figure);
      for (const figure of [/85–90 ?%/, /5–10 ?%/, /1–5 ?%/, /1–2/, /15 ?%/]) assert.match(spaced(shown.facts), figure);
      assert.equal(shown.lang, lang);
      assert.ok(shown.bars >= 3, 'a bar for each kind of back pain');
      assert.ok(shown.bands >= 3, 'a band for each range');
      await assertCleanPage(opened, tags);
      await page.close();
    });
  }

  it('is not broken by hostile host CSS', async () => {
    const { page } = await openHost({ scripts: loaderTag(cdn), csp: strictCsp(cdn.origin) });
    const styles = await page.$$eval(WIDGET_TAGS.join(','), (elements) =>
      elements.map((element) => {
        const shadow = element.shadowRoot;
        const paragraph = shadow.querySelector('p');
        const button = shadow.querySelector('button');
        const base = shadow.querySelector('.base');
        return {
          tag: element.localName,
          fontSize: getComputedStyle(base).fontSize,
          textTransform: getComputedStyle(base).textTransform,
          paragraphDisplay: paragraph ? getComputedStyle(paragraph).display : 'block',
          buttonFocusable: button ? button.tabIndex >= 0 && getComputedStyle(button).display !== 'contents' : true,
          boxSizing: getComputedStyle(base).boxSizing,
          height: element.getBoundingClientRect().height,
        };
      }),
    );
    for (const style of styles) {
      assert.equal(style.fontSize, '16px', `${style.tag} text is not shrunk`);
      assert.equal(style.textTransform, 'none', `${style.tag} ignores the host's text-transform`);
      assert.notEqual(style.paragraphDisplay, 'none', `${style.tag} paragraphs stay visible`);
      assert.ok(style.buttonFocusable, `${style.tag} buttons stay buttons`);
      assert.equal(style.boxSizing, 'border-box', `${style.tag} keeps its box model`);
      assert.ok(style.height > 100, `${style.tag} has a real height`);
    }
    await page.close();
  });

  it('shows a readable message in the widget when its chunk is missing, and the rest still work', async () => {
    // The loader from the host's own origin, whose copy of the build lacks the diagram's chunk.
    const { page, record } = await openHost({
      lang: 'en',
      scripts: '<script type="module" src="/ryggrad.js"></script>',
      csp: strictCsp("'self'"),
    });
    const message = await page.$eval(
      'rygg-spine-diagram',
      (element) => element.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
    );
    assert.match(message, /could not be loaded/);
    assert.deepEqual(await widgetsShowingErrors(page), ['rygg-spine-diagram'], 'only the diagram shows an error');
    assert.deepEqual(record.pageErrors, [], 'nothing thrown into the host page');
    assert.equal(
      record.errors.filter((text) => text.includes('rygg-spine-diagram')).length,
      1,
      'one console error names the widget',
    );
    await page.close();
  });
});

describe('CDN build on a strict-CSP host, in Firefox', { skip }, () => {
  it('renders every widget with script-src limited to the CDN origin and Trusted Types required', async () => {
    const cdn = await serveAsCdn(REPO_ROOT);
    const browser = await launchFirefox();
    let host;
    try {
      const opened = await openHealthSite(browser, {
        dir: join(REPO_ROOT, 'dist/cdn'),
        lang: 'nn',
        head: loaderTag(cdn),
        csp: strictCsp(cdn.origin),
      });
      host = opened.host;
      await assertCleanPage(opened);
      // data: URLs are the browser's own resources, not requests to anyone.
      const foreign = opened.record.requests.filter(
        (url) => !url.startsWith('data:') && !url.startsWith(host.origin) && !url.startsWith(cdn.origin),
      );
      assert.deepEqual(foreign, [], 'no request to any other origin');
    } finally {
      await browser.close();
      await cdn.close();
      await host?.close();
    }
  });
});
