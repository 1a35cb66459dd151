// End-to-end: the CDN build minifies the widgets' templates and styles. It must show exactly
// what the unminified npm package shows — every widget, every language.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  REPO_ROOT,
  WIDGET_TAGS as TAGS,
  hostPage,
  launchChromium,
  serveStatic,
  skipUnlessBuilt,
  widgetMarkup,
  widgetsRendered,
} from '../../../scripts/e2e-support.mjs';

const LOCALES = ['nb', 'nn', 'en'];

// The npm package imports bare `lit`; an import map resolves it for the browser, as a bundler would.
const IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
});

const widgets = (lang) =>
  widgetMarkup(TAGS, (tag) => ` lang="${lang}"${tag === 'rygg-return-to-work' ? ' checklist' : ''}`);

describe(
  'the minified CDN build shows what the npm package shows',
  { skip: skipUnlessBuilt('dist/cdn/ryggrad.js', 'packages/ryggrad/dist/packages/ryggrad/src/all.js') },
  () => {
    let server;
    let browser;

    before(async () => {
      const routes = {};
      for (const lang of LOCALES) {
        routes[`/cdn-${lang}`] = {
          body: hostPage({
            lang,
            title: 'cdn',
            head: '<script type="module" src="/dist/cdn/ryggrad.js"></script>',
            body: widgets(lang),
          }),
        };
        routes[`/npm-${lang}`] = {
          body: hostPage({
            lang,
            title: 'npm',
            head: `<script type="importmap">${IMPORT_MAP}</script><script type="module" src="/packages/ryggrad/dist/packages/ryggrad/src/all.js"></script>`,
            body: widgets(lang),
          }),
        };
      }
      server = await serveStatic(REPO_ROOT, { routes });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function renderedText(path) {
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 900 });
      await page.goto(server.origin + path);
      await widgetsRendered(page, TAGS);
      const result = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const element = document.querySelector(tag);
            const base = element.shadowRoot.querySelector('.base');
            return {
              text: base.innerText,
              height: Math.round(element.getBoundingClientRect().height),
              plain: element.toPlainText(),
            };
          }),
        TAGS,
      );
      await page.close();
      return result;
    }

    for (const lang of LOCALES) {
      it(`renders the same text, layout height and plain text in ${lang}`, async () => {
        const minified = await renderedText(`/cdn-${lang}`);
        const plain = await renderedText(`/npm-${lang}`);
        TAGS.forEach((tag, index) => {
          assert.ok(minified[index].text.length > 200, `${tag} shows its content`);
          assert.equal(minified[index].text, plain[index].text, `${tag} text`);
          assert.equal(minified[index].height, plain[index].height, `${tag} height`);
          assert.equal(
            minified[index].plain.replace(/\d{1,2}\.? \w+ \d{4}/, 'DATE'),
            plain[index].plain.replace(/\d{1,2}\.? \w+ \d{4}/, 'DATE'),
            `${tag} toPlainText()`,
          );
        });
      });
    }
  },
);
