// The docs pages share one head, header, navigation and footer (docs/build/page-shell.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEMO_CONTROLS, MARKERS, NAVIGATION, navigation, renderPage, renderStylesheet } from '../build/page-shell.mjs';

const docsDir = new URL('..', import.meta.url).pathname;
const pages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe('docs page shell', () => {
  it('lists every page in the navigation, and every navigation link is a page', () => {
    const linked = NAVIGATION.flatMap(([, links]) => links.map(([file]) => file)).sort();
    assert.deepEqual(linked, pages);
  });

  for (const page of pages) {
    it(`${page} holds only its own content and the four markers`, () => {
      const source = readFileSync(`${docsDir}${page}`, 'utf8');
      for (const marker of MARKERS) assert.equal(source.split(marker).length, 2, `${marker} once`);
      for (const shared of [
        '<nav class="site-nav"',
        '<header class="site-header"',
        '<footer',
        'http-equiv="Content-Security-Policy"',
      ]) {
        assert.ok(!source.includes(shared), `${shared} comes from the shell, not the page`);
      }
      const rendered = renderPage(source, page);
      assert.ok(!rendered.includes('<!-- rygg:'), 'every marker filled');
      assert.equal(rendered.match(/aria-current="page"/g)?.length, 1, 'exactly one current page');
      assert.ok(rendered.includes(`<a href="./${page}" aria-current="page">`), 'the current page is this one');
    });
  }

  it('fills each demo control marker with the shared control, indented like the marker', () => {
    const page = [
      '<fieldset>',
      '    <!-- rygg:control language -->',
      '    <!-- rygg:control theme -->',
      '</fieldset>',
    ].join('\n');
    const rendered = renderPage(page, 'x.html');
    assert.ok(rendered.includes(DEMO_CONTROLS.language.replace(/^/gm, '    ')));
    assert.ok(rendered.includes(DEMO_CONTROLS.theme.replace(/^/gm, '    ')));
    assert.ok(!rendered.includes('rygg:control'));
  });

  it('names the page and the known controls when a page asks for an unknown one', () => {
    assert.throws(
      () => renderPage('  <!-- rygg:control colour -->', 'x.html'),
      /x\.html: no demo control "colour"; known: language, audience, theme, heading-level/,
    );
  });

  it('writes no shared demo control out in a page, and no id twice once filled in', () => {
    for (const page of pages) {
      const source = readFileSync(`${docsDir}${page}`, 'utf8');
      for (const id of ['id="demo-lang"', 'id="demo-theme"', 'id="demo-heading"', 'name="demo-audience"']) {
        assert.ok(!source.includes(id), `${page}: ${id} comes from <!-- rygg:control … -->`);
      }
      const ids = [...renderPage(source, page).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        [],
        `${page}: duplicate ids`,
      );
    }
  });

  it('shows the :not(:defined) recipe on Getting started exactly as the neutral theme has it', () => {
    const css = readFileSync(new URL('../../packages/ryggrad/themes/neutral.css', import.meta.url), 'utf8');
    const rendered = renderPage(readFileSync(`${docsDir}getting-started.html`, 'utf8'), 'getting-started.html');
    const shown = /<pre><code>(rygg-red-flag-checklist:not\(:defined\),[\s\S]*?)<\/code><\/pre>/.exec(rendered)?.[1];
    assert.ok(shown, 'the recipe is on the page');
    assert.ok(css.includes(`/* recipe:start */\n${shown}\n/* recipe:end */`), 'the same lines as in neutral.css');
    assert.match(
      shown,
      /rygg-return-to-work:not\(:defined\) \{\s*min-height: var\(--rygg-work-reserved-height, 66em\);\s*\}/,
    );
  });

  it('gives docs.css the same :not(:defined) recipe as the neutral theme, so demos reserve the same space', () => {
    const css = readFileSync(new URL('../../packages/ryggrad/themes/neutral.css', import.meta.url), 'utf8');
    const recipe = /\/\* recipe:start \*\/\n([\s\S]*?)\n\/\* recipe:end \*\//.exec(css)[1];
    const rendered = renderStylesheet(readFileSync(`${docsDir}docs.css`, 'utf8'));
    assert.ok(rendered.includes(recipe), 'docs.css carries the recipe');
    assert.ok(!rendered.includes('rygg:not-defined-recipe'), 'the marker is filled in');
  });

  it('marks nothing current for a file outside the navigation', () => {
    assert.ok(!navigation('elsewhere.html').includes('aria-current'));
  });
});
