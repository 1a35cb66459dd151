// End-to-end: the CDN build on a hostile host. A health site on one origin loads
// dist/cdn/ryggrad.js from another, under a strict CSP with Trusted Types enforced.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  collectCspViolations,
  launchChromium,
  launchFirefox,
  serveStatic,
  watchPage,
} from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const cdnDir = join(root, 'dist/cdn');
const built = existsSync(join(cdnDir, 'ryggrad.js'));

const ALL_WIDGETS = `
  <rygg-red-flag-checklist></rygg-red-flag-checklist>
  <rygg-spine-diagram></rygg-spine-diagram>
  <rygg-activity-advice></rygg-activity-advice>
  <rygg-return-to-work></rygg-return-to-work>
  <rygg-care-options></rygg-care-options>
  <rygg-back-facts></rygg-back-facts>`;

function hostPage({ lang = 'nb', body = ALL_WIDGETS, scripts, head = '' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Helsestasjonen</title>
    <link rel="stylesheet" href="/host.css">${head}${scripts}</head>
    <body><main><h1>Vond rygg</h1>${body}</main></body></html>`;
}

/** Waits until every Ryggrad element on the page is defined and has rendered its content or an error. */
async function allRendered(page) {
  await page.waitForFunction(
    () => {
      const elements = [
        ...document.querySelectorAll(
          'rygg-red-flag-checklist, rygg-spine-diagram, rygg-activity-advice, rygg-return-to-work, rygg-care-options, rygg-back-facts',
        ),
      ];
      return (
        elements.length > 0 &&
        elements.every((element) => {
          const shadow = element.shadowRoot;
          return (
            shadow &&
            (shadow.querySelector('[role="alert"]') ||
              (shadow.querySelector('.base') && !shadow.querySelector('.loading')))
          );
        })
      );
    },
    { timeout: 15000 },
  );
}

describe(
  'CDN build on a strict-CSP host',
  { skip: built ? false : 'dist/cdn is missing: run `npm run build` first' },
  () => {
    let browser;
    let cdn;
    let host;
    let brokenCdnDir;

    before(async () => {
      // A second copy of the CDN build in which one widget's chunk is missing.
      brokenCdnDir = mkdtempSync(join(tmpdir(), 'ryggrad-cdn-'));
      cpSync(cdnDir, brokenCdnDir, { recursive: true });
      for (const name of readdirSync(join(brokenCdnDir, 'chunks'))) {
        if (name.startsWith('widget-spine-diagram-')) rmSync(join(brokenCdnDir, 'chunks', name));
      }
      cdn = await serveStatic(root, {
        // A CDN serves modules with CORS so any origin may import them.
        headers: () => ({ 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=31536000, immutable' }),
      });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await cdn?.close();
      await host?.close();
      rmSync(brokenCdnDir, { recursive: true, force: true });
    });

    async function openHost(routes, path = '/') {
      await host?.close();
      host = await serveStatic(brokenCdnDir, {
        routes: Object.fromEntries(
          Object.entries(routes).map(([p, r]) => [p, { body: r.body, headers: { 'content-security-policy': r.csp } }]),
        ),
      });
      const page = await browser.newPage();
      await collectCspViolations(page);
      const record = watchPage(page);
      // The host's own stylesheet, hostile on purpose.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().endsWith('/host.css')) {
          request.respond({
            status: 200,
            contentType: 'text/css',
            body: 'html { font-size: 62.5%; } * { box-sizing: content-box; } p { display: none; } button { all: unset; } body { line-height: 0.9; letter-spacing: 3px; text-transform: uppercase; }',
          });
        } else request.continue();
      });
      await page.goto(host.origin + path);
      return { page, record };
    }

    const strictCsp = (cdnOrigin) =>
      [
        "default-src 'none'",
        `script-src ${cdnOrigin}`,
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; ');

    it('renders every widget with script-src limited to the CDN origin and Trusted Types enforced', async () => {
      const { page, record } = await openHost({
        '/': {
          body: hostPage({ scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>` }),
          csp: strictCsp(cdn.origin),
        },
      });
      await allRendered(page);
      const alerts = await page.$$eval(
        'rygg-red-flag-checklist, rygg-spine-diagram, rygg-activity-advice, rygg-return-to-work, rygg-care-options, rygg-back-facts',
        (elements) =>
          elements
            .filter((element) => element.shadowRoot.querySelector('[role="alert"]'))
            .map((element) => element.localName),
      );
      assert.deepEqual(alerts, [], 'no widget shows an error');
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
      assert.deepEqual(record.errors, [], 'no console errors');
      assert.deepEqual(record.pageErrors, [], 'no uncaught exceptions');
      const foreign = record.requests.filter((url) => !url.startsWith(host.origin) && !url.startsWith(cdn.origin));
      assert.deepEqual(foreign, [], 'no request to any other origin');
      await page.close();
    });

    it('works with a nonce and strict-dynamic', async () => {
      const csp = [
        "default-src 'none'",
        "script-src 'nonce-r4nd0m' 'strict-dynamic'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
      ].join('; ');
      const { page, record } = await openHost({
        '/': {
          body: hostPage({
            scripts: `<script type="module" nonce="r4nd0m" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`,
          }),
          csp,
        },
      });
      await allRendered(page);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(record.errors, []);
      await page.close();
    });

    it('downloads only the widgets on the page, and only the page language', async () => {
      const { page, record } = await openHost({
        '/': {
          body: hostPage({
            lang: 'nn-NO',
            body: '<rygg-red-flag-checklist></rygg-red-flag-checklist>',
            scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`,
          }),
          csp: strictCsp(cdn.origin),
        },
      });
      await allRendered(page);
      const chunks = record.requests.filter((url) => url.includes('/chunks/')).map((url) => url.split('/chunks/')[1]);
      assert.ok(
        chunks.some((name) => name.startsWith('widget-red-flag-checklist-')),
        `checklist chunk loaded: ${chunks}`,
      );
      assert.ok(!chunks.some((name) => name.startsWith('widget-spine-diagram-')), 'no diagram code');
      assert.ok(
        !chunks.some((name) => name.startsWith('widget-activity-advice-') || name.startsWith('widget-return-to-work-')),
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
      await page.close();
    });

    it('defines a widget added after load', async () => {
      const { page } = await openHost({
        '/': {
          body: hostPage({
            body: '',
            scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`,
          }),
          csp: strictCsp(cdn.origin),
        },
      });
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
      await allRendered(page);
      const title = await page.$eval('rygg-activity-advice', (element) => element.shadowRoot.textContent);
      assert.ok(title.length > 100, 'the added widget rendered its content');
      await page.close();
    });

    it('warns once and keeps working when the loader is included twice', async () => {
      const { page, record } = await openHost({
        '/': {
          body: hostPage({
            scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script><script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js?copy=2"></script>`,
          }),
          csp: strictCsp(cdn.origin),
        },
      });
      await allRendered(page);
      const twice = record.warnings.filter((text) => text.includes('loader is included twice'));
      assert.equal(twice.length, 1, `one warning: ${record.warnings}`);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.errors, []);
      await page.close();
    });

    for (const lang of ['nb', 'nn', 'en']) {
      it(`renders the care options and the back facts with their figures and chart in ${lang}, under the strict CSP`, async () => {
        const { page, record } = await openHost({
          '/': {
            body: hostPage({
              lang,
              body: '<rygg-care-options></rygg-care-options><rygg-back-facts></rygg-back-facts>',
              scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`,
            }),
            csp: strictCsp(cdn.origin),
          },
        });
        await allRendered(page);
        const shown = await page.evaluate(() => ({
          care: document.querySelector('rygg-care-options').toPlainText(),
          facts: document.querySelector('rygg-back-facts').toPlainText(),
          bars: document.querySelector('rygg-back-facts').shadowRoot.querySelectorAll('svg rect.solid').length,
          bands: document.querySelector('rygg-back-facts').shadowRoot.querySelectorAll('svg rect.band').length,
          lang: document.querySelector('rygg-back-facts').shadowRoot.querySelector('.base').lang,
        }));
        const spaced = (text) => text.replace(/[\u00a0\u202f]/g, ' ');
        for (const figure of [/4–6/, /90 ?%/, /70–90 ?%/]) assert.match(spaced(shown.care), figure);
        for (const figure of [/85–90 ?%/, /5–10 ?%/, /1–5 ?%/, /1–2/, /15 ?%/])
          assert.match(spaced(shown.facts), figure);
        assert.equal(shown.lang, lang);
        assert.ok(shown.bars >= 3, 'a bar for each kind of back pain');
        assert.ok(shown.bands >= 3, 'a band for each range');
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
        assert.deepEqual(record.pageErrors, []);
        await page.close();
      });
    }

    it('is not broken by hostile host CSS', async () => {
      const { page } = await openHost({
        '/': {
          body: hostPage({ scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>` }),
          csp: strictCsp(cdn.origin),
        },
      });
      await allRendered(page);
      const styles = await page.$$eval(
        'rygg-red-flag-checklist, rygg-spine-diagram, rygg-activity-advice, rygg-return-to-work, rygg-care-options, rygg-back-facts',
        (elements) =>
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
      const { page, record } = await openHost({
        '/': {
          body: hostPage({ lang: 'en', scripts: `<script type="module" src="/ryggrad.js"></script>` }),
          csp: "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
        },
      });
      await allRendered(page);
      const message = await page.$eval(
        'rygg-spine-diagram',
        (element) => element.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
      );
      assert.match(message, /could not be loaded/);
      const others = await page.$$eval(
        'rygg-red-flag-checklist, rygg-activity-advice, rygg-return-to-work, rygg-care-options, rygg-back-facts',
        (elements) => elements.map((element) => Boolean(element.shadowRoot.querySelector('[role="alert"]'))),
      );
      assert.deepEqual(others, [false, false, false, false, false]);
      assert.deepEqual(record.pageErrors, [], 'nothing thrown into the host page');
      assert.equal(
        record.errors.filter((text) => text.includes('rygg-spine-diagram')).length,
        1,
        'one console error names the widget',
      );
      await page.close();
    });
  },
);

describe(
  'CDN build on a strict-CSP host, in Firefox',
  { skip: built ? false : 'dist/cdn is missing: run `npm run build` first' },
  () => {
    it('renders every widget with script-src limited to the CDN origin and Trusted Types required', async () => {
      const cdn = await serveStatic(root, { headers: () => ({ 'access-control-allow-origin': '*' }) });
      const csp = [
        "default-src 'none'",
        `script-src ${cdn.origin}`,
        "style-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; ');
      const host = await serveStatic(cdnDir, {
        routes: {
          '/': {
            body: hostPage({
              lang: 'nn',
              scripts: `<script type="module" src="${cdn.origin}/dist/cdn/ryggrad.js"></script>`,
            }),
            headers: { 'content-security-policy': csp },
          },
        },
      });
      const browser = await launchFirefox();
      try {
        const page = await browser.newPage();
        await collectCspViolations(page);
        const record = watchPage(page);
        await page.goto(`${host.origin}/`);
        await allRendered(page);
        const alerts = await page.$$eval(
          'rygg-red-flag-checklist, rygg-spine-diagram, rygg-activity-advice, rygg-return-to-work, rygg-care-options, rygg-back-facts',
          (elements) =>
            elements
              .filter((element) => element.shadowRoot.querySelector('[role="alert"]'))
              .map((element) => element.localName),
        );
        assert.deepEqual(alerts, [], 'no widget shows an error');
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
        assert.deepEqual(record.pageErrors, [], 'no uncaught exceptions');
        // data: URLs are the browser's own resources, not requests to anyone.
        const foreign = record.requests.filter(
          (url) => !url.startsWith('data:') && !url.startsWith(host.origin) && !url.startsWith(cdn.origin),
        );
        assert.deepEqual(foreign, [], 'no request to any other origin');
      } finally {
        await browser.close();
        await cdn.close();
        await host.close();
      }
    });
  },
);
