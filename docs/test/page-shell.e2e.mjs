// The docs pages share one document skeleton, head, header, navigation and footer
// (docs/build/page-shell.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEMO_CONTROLS,
  NAVIGATION,
  PAGE_MARKER,
  navigation,
  renderPage,
  renderStylesheet,
} from '../build/page-shell.mjs';

const docsDir = new URL('..', import.meta.url).pathname;
/** A page made of `content` alone, for the markers' own tests. */
const pageOf = (content) => `<!-- rygg:page title="Test" description="A test page" -->\n${content}\n`;
const pages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.html'))
  .sort();

describe('docs page shell', () => {
  it('lists every page in the navigation, and every navigation link is a page', () => {
    const linked = NAVIGATION.flatMap(([, links]) => links.map(([file]) => file)).sort();
    assert.deepEqual(linked, pages);
  });

  for (const page of pages) {
    it(`${page} holds only its own content, after a rygg:page line that names it`, () => {
      const source = readFileSync(`${docsDir}${page}`, 'utf8');
      assert.match(source, PAGE_MARKER, 'the first line is <!-- rygg:page title="…" description="…" -->');
      for (const shared of [
        '<!doctype',
        '<html',
        '<head',
        '<body',
        '<main',
        '<nav class="site-nav"',
        '<header class="site-header"',
        '<footer',
        'http-equiv="Content-Security-Policy"',
      ]) {
        assert.ok(!source.includes(shared), `${shared} comes from the shell, not the page`);
      }
      const rendered = renderPage(source, page);
      assert.ok(!rendered.includes('<!-- rygg:'), 'every marker filled');
      assert.match(rendered, /^<!doctype html>\n<html lang="en">\n/);
      assert.equal(rendered.match(/<title>[^<]+<\/title>/g)?.length, 1, 'one title');
      assert.equal(rendered.match(/<meta name="description" content="[^"]{40,}" \/>/g)?.length, 1, 'one description');
      assert.equal(rendered.match(/<main id="main" tabindex="-1">/g)?.length, 1, "one main, the skip link's target");
      assert.equal(rendered.match(/<h1>/g)?.length, 1, 'one h1');
      assert.equal(rendered.match(/aria-current="page"/g)?.length, 1, 'exactly one current page');
      assert.ok(rendered.includes(`<a href="./${page}" aria-current="page">`), 'the current page is this one');
    });
  }

  it('names the page in its title after the site, and fails a page without a title or description', () => {
    const rendered = renderPage(
      '<!-- rygg:page title="Languages" description="About languages" -->\n<h1>L</h1>\n',
      'x.html',
    );
    assert.ok(rendered.includes('<title>Languages — Ryggrad</title>'));
    assert.ok(rendered.includes('<meta name="description" content="About languages" />'));
    assert.match(rendered, /<main id="main" tabindex="-1">\n<h1>L<\/h1>\n {6}<\/main>/);
    assert.throws(() => renderPage('<h1>L</h1>\n', 'x.html'), /x\.html: the first line must be <!-- rygg:page/);
    assert.throws(
      () => renderPage('<!-- rygg:page title="L" -->\n<h1>L</h1>\n', 'x.html'),
      /x\.html: <!-- rygg:page --> needs a title and a description/,
    );
  });

  it('fills each demo control marker with the shared control, indented like the marker', () => {
    const page = [
      '<fieldset>',
      '    <!-- rygg:control language -->',
      '    <!-- rygg:control theme -->',
      '</fieldset>',
    ].join('\n');
    const rendered = renderPage(pageOf(page), 'x.html');
    assert.ok(rendered.includes(DEMO_CONTROLS.language.replace(/^/gm, '    ')));
    assert.ok(rendered.includes(DEMO_CONTROLS.theme.replace(/^/gm, '    ')));
    assert.ok(!rendered.includes('rygg:control'));
  });

  it('names the page and the known controls when a page asks for an unknown one', () => {
    assert.throws(
      () => renderPage(pageOf('  <!-- rygg:control colour -->'), 'x.html'),
      /x\.html: no demo control "colour"; known: language, audience, theme, heading-level/,
    );
  });

  it('builds a demo from one block: the element and its snippet with the same attributes, controls in order', () => {
    const rendered = renderPage(
      pageOf(
        [
          `<!-- rygg:demo rygg-x attributes='lang="en" note="a&b" open' controls="language own theme" event="rygg-x-change" event-hint="None yet." plain-text -->`,
          '<label class="check"><input type="checkbox" data-attribute="open" checked /> Open</label>',
          '<!-- /rygg:demo -->',
        ].join('\n'),
      ),
      'x.html',
    );
    assert.ok(rendered.includes('<rygg-x data-demo-element lang="en" note="a&b" open></rygg-x>'), 'the element');
    assert.ok(
      rendered.includes('\n\n&lt;rygg-x lang="en" note="a&amp;b" open&gt;&lt;/rygg-x&gt;</code></pre>'),
      'the snippet shows the same tag and attributes, as text',
    );
    const order = ['id="demo-lang"', 'data-attribute="open"', 'id="demo-theme"'].map((part) => rendered.indexOf(part));
    assert.ok(order[0] > 0 && order[0] < order[1] && order[1] < order[2], 'language, then its own control, then theme');
    assert.ok(!rendered.includes('id="demo-heading"'), 'only the shared controls it names');
    assert.ok(rendered.includes('<pre data-event-log="rygg-x-change" aria-labelledby="event-title">\nNone yet.</pre>'));
    assert.ok(rendered.includes('<button type="button" class="button" data-plain-text>'));

    const bare = renderPage(
      pageOf(`<!-- rygg:demo rygg-x attributes='lang="en"' controls="language" -->\n<!-- /rygg:demo -->`),
      'x.html',
    );
    assert.ok(!bare.includes('data-event-log') && !bare.includes('data-plain-text'), 'no log or button unasked');
  });

  it('names the page when a demo block lacks its attributes or its own controls do not match "own"', () => {
    assert.throws(
      () => renderPage(pageOf('<!-- rygg:demo rygg-x controls="language" -->\n<!-- /rygg:demo -->'), 'x.html'),
      /x\.html: <!-- rygg:demo rygg-x --> needs attributes and controls/,
    );
    assert.throws(
      () =>
        renderPage(
          pageOf(`<!-- rygg:demo rygg-x attributes='lang="en"' controls="language own" -->\n<!-- /rygg:demo -->`),
          'x.html',
        ),
      /x\.html: <!-- rygg:demo rygg-x --> has own controls exactly when its controls list "own"/,
    );
  });

  it("shows on every widget page a demo whose snippet has exactly the demo element's tag and attributes", () => {
    for (const page of pages) {
      const rendered = renderPage(readFileSync(`${docsDir}${page}`, 'utf8'), page);
      const element = /<(rygg-[\w-]+) data-demo-element ([^>]*)><\/\1>/.exec(rendered);
      const widgetPage = NAVIGATION.some(
        ([group, links]) => group === 'Widgets' && links.some(([file]) => file === page),
      );
      if (!widgetPage && !rendered.includes('data-demo>')) continue;
      assert.ok(element, `${page}: the demo element`);
      const snippet = /<code data-demo-snippet>.*\n\n&lt;([\w-]+) (.*)&gt;&lt;\/\1&gt;<\/code>/.exec(rendered);
      assert.deepEqual(
        [snippet?.[1], snippet?.[2].replaceAll('&amp;', '&')],
        [element[1], element[2]],
        `${page}: the snippet`,
      );
    }
  });

  it('lists every second-level heading of the page under "On this page", in order', () => {
    const rendered = renderPage(
      pageOf(
        '<!-- rygg:toc -->\n<h2 id="one">One</h2>\n<h3 id="skip">Not listed</h3>\n<h2 id="two"><code>two</code></h2>',
      ),
      'x.html',
    );
    const toc =
      /<nav class="toc" aria-labelledby="toc-title">\n {2}<p id="toc-title">On this page<\/p>([\s\S]*?)<\/nav>/.exec(
        rendered,
      )?.[1];
    assert.deepEqual(
      [...(toc ?? '').matchAll(/<li><a href="#([^"]+)">(.*?)<\/a><\/li>/g)].map((match) => [match[1], match[2]]),
      [
        ['one', 'One'],
        ['two', '<code>two</code>'],
      ],
    );
  });

  it('writes every change of the clinical changelog from its data, in an accessible table', () => {
    const { versions } = JSON.parse(readFileSync(`${docsDir}data/clinical-changelog.json`, 'utf8'));
    const rendered = renderPage(readFileSync(`${docsDir}clinical-changelog.html`, 'utf8'), 'clinical-changelog.html');
    for (const { version, rows } of versions) {
      const heading = `v${version.replace('.', '-')}-wording`;
      assert.ok(rendered.includes(`<h3 id="${heading}">`), `${version}: the heading that names the table`);
      const table = new RegExp(
        `<div class="table-scroll" role="region" aria-labelledby="${heading}" tabindex="0">\\n {2}<table aria-labelledby="${heading}">([\\s\\S]*?)</table>`,
      ).exec(rendered)?.[1];
      assert.ok(table, `${version}: a table in a scroll region, both named by the heading`);
      assert.equal(table.match(/<th scope="col">/g)?.length, 5, 'five column headers');
      const shown = [
        ...table.matchAll(
          /<tr>\n\s*<td>([^<]*)<\/td>\n\s*<td><code>([^<]*)<\/code> ([^<]*)<\/td>\n\s*<td( lang="n[bn]")?>([^<]*)<\/td>\n\s*<td( lang="n[bn]")?>([^<]*)<\/td>\n\s*<td>([^<]*)<\/td>/g,
        ),
      ];
      assert.equal(shown.length, rows.length, `${version}: a row for every change`);
      const unescape = (html) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
      rows.forEach((row, index) => {
        const [, languages, item, detail, beforeLang, before, nowLang, now, why] = shown[index];
        assert.deepEqual([languages, item, detail, before, now, why].map(unescape), [
          row.languages,
          row.item,
          row.detail,
          row.before,
          row.now,
          row.why,
        ]);
        const lang = ['nb', 'nn'].includes(row.languages) ? ` lang="${row.languages}"` : undefined;
        assert.deepEqual([beforeLang, nowLang], [lang, lang], 'Norwegian wording carries its language');
      });
    }
  });

  it('names the content version the changelog has no data for', () => {
    assert.throws(
      () => renderPage(pageOf('<!-- rygg:changelog version="1999.1" labelledby="x" -->'), 'x.html'),
      /clinical-changelog\.json has no content version 1999\.1/,
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

  it("gives docs.css the widgets' own .visually-hidden rule (packages/core/src/theme.ts)", () => {
    const theme = readFileSync(new URL('../../packages/core/src/theme.ts', import.meta.url), 'utf8');
    const rendered = renderStylesheet(readFileSync(`${docsDir}docs.css`, 'utf8'));
    const rule = /\n\.visually-hidden \{\n([^}]*)\}/.exec(rendered)?.[1];
    assert.ok(rule, 'docs.css has the rule');
    const declarations = rule.split('\n').filter(Boolean);
    assert.equal(declarations.length, 9);
    for (const declaration of declarations) assert.ok(theme.includes(`\n    ${declaration.trim()}\n`), declaration);
    assert.ok(!rendered.includes('rygg:visually-hidden'), 'the marker is filled in');
  });

  it('marks nothing current for a file outside the navigation', () => {
    assert.ok(!navigation('elsewhere.html').includes('aria-current'));
  });
});
