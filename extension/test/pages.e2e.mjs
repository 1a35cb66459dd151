// The extension's pages share one head (extension/build/pages.mjs): each source page holds only
// its body, and the build writes the document with the right stylesheets and script.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extensionPage } from '../build/pages.mjs';

const src = new URL('../src/', import.meta.url);
const pages = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/${entry.name}.html`, src)))
  .map((entry) => entry.name)
  .sort();

describe('extension pages', () => {
  it('has the four pages the manifest and the panel open', () => {
    assert.deepEqual(pages, ['options', 'panel', 'privacy', 'show']);
  });

  for (const name of pages) {
    it(`${name}.html holds only its body; the build adds the shared head, its stylesheets and its script`, () => {
      const source = readFileSync(new URL(`${name}/${name}.html`, src), 'utf8');
      assert.match(source, /^<!-- rygg:extension-page( body-class="[\w-]+")? -->\n/);
      for (const shared of ['<!doctype', '<html', '<head', '<body', '<script', '<link']) {
        assert.ok(!source.includes(shared), `${shared} comes from the build`);
      }
      const ownStylesheet = existsSync(new URL(`${name}/${name}.css`, src));
      const page = extensionPage(source, name, { ownStylesheet });
      assert.match(page, /^<!doctype html>\n<html lang="en">\n {2}<head>\n {4}<meta charset="utf-8" \/>\n/);
      assert.equal(page.match(/<title>Ryggrad<\/title>/g)?.length, 1);
      assert.deepEqual(
        [...page.matchAll(/<link rel="stylesheet" href="([^"]+)" \/>/g)].map((match) => match[1]),
        ownStylesheet ? ['pages.css', `${name}.css`] : ['pages.css'],
      );
      assert.deepEqual(
        [...page.matchAll(/<script([^>]*)><\/script>/g)].map((match) => match[1]),
        [` type="module" src="${name}.js"`],
        "one module script, the page's own (the CSP allows no inline script)",
      );
      const bodyClass = /body-class="([\w-]+)"/.exec(source)?.[1];
      assert.ok(page.includes(bodyClass ? `<body class="${bodyClass}">` : '<body>'));
    });
  }

  it('names the file when a page lacks its first line', () => {
    assert.throws(
      () => extensionPage('<main></main>\n', 'panel', { ownStylesheet: false }),
      /extension\/src\/panel\/panel\.html: the first line must be <!-- rygg:extension-page -->/,
    );
  });
});
