// End-to-end: the CDN build minifies the widgets' templates and styles. It must show exactly
// what the unminified npm package shows — every widget, every language.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, serveStatic } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const built =
  existsSync(join(root, 'dist/cdn/ryggrad.js')) &&
  existsSync(join(root, 'packages/ryggrad/dist/packages/ryggrad/src/all.js'));
const TAGS = [
  'rygg-red-flag-checklist',
  'rygg-spine-diagram',
  'rygg-activity-advice',
  'rygg-return-to-work',
  'rygg-care-options',
  'rygg-back-facts',
];
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
  TAGS.map((tag) => `<${tag} lang="${lang}"${tag === 'rygg-return-to-work' ? ' checklist' : ''}></${tag}>`).join('');

describe(
  'the minified CDN build shows what the npm package shows',
  { skip: built ? false : 'run `npm run build` first' },
  () => {
    let server;
    let browser;

    before(async () => {
      const routes = {};
      for (const lang of LOCALES) {
        routes[`/cdn-${lang}`] = {
          body: `<!doctype html><html><title>cdn</title><body>${widgets(lang)}<script type="module" src="/dist/cdn/ryggrad.js"></script></body></html>`,
        };
        routes[`/npm-${lang}`] = {
          body: `<!doctype html><html><head><title>npm</title><script type="importmap">${IMPORT_MAP}</script></head><body>${widgets(lang)}<script type="module" src="/packages/ryggrad/dist/packages/ryggrad/src/all.js"></script></body></html>`,
        };
      }
      server = await serveStatic(root, { routes });
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
      await page.waitForFunction(
        (tags) =>
          tags.every(
            (tag) =>
              document.querySelector(tag)?.shadowRoot?.querySelector('.base') &&
              !document.querySelector(tag).shadowRoot.querySelector('.loading'),
          ),
        { timeout: 20000 },
        TAGS,
      );
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
