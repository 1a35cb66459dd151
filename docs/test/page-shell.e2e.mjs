// The docs pages share one head, header, navigation and footer (docs/build/page-shell.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MARKERS, NAVIGATION, navigation, renderPage } from '../build/page-shell.mjs';

const docsDir = new URL('..', import.meta.url).pathname;
const pages = readdirSync(docsDir).filter((name) => name.endsWith('.html')).sort();

describe('docs page shell', () => {
  it('lists every page in the navigation, and every navigation link is a page', () => {
    const linked = NAVIGATION.flatMap(([, links]) => links.map(([file]) => file)).sort();
    assert.deepEqual(linked, pages);
  });

  for (const page of pages) {
    it(`${page} holds only its own content and the four markers`, () => {
      const source = readFileSync(`${docsDir}${page}`, 'utf8');
      for (const marker of MARKERS) assert.equal(source.split(marker).length, 2, `${marker} once`);
      for (const shared of ['<nav class="site-nav"', '<header class="site-header"', '<footer', 'http-equiv="Content-Security-Policy"']) {
        assert.ok(!source.includes(shared), `${shared} comes from the shell, not the page`);
      }
      const rendered = renderPage(source, page);
      assert.ok(!rendered.includes('<!-- rygg:'), 'every marker filled');
      assert.equal(rendered.match(/aria-current="page"/g)?.length, 1, 'exactly one current page');
      assert.ok(rendered.includes(`<a href="./${page}" aria-current="page">`), 'the current page is this one');
    });
  }

  it('marks nothing current for a file outside the navigation', () => {
    assert.ok(!navigation('elsewhere.html').includes('aria-current'));
  });
});
