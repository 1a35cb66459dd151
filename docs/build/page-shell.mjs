// The parts every docs page shares — the document around its content, the common <head> lines,
// the site header, the navigation and the footer — written once here. Each page in docs/*.html
// holds only what goes into its <main>, after a first line that names it:
//
//   <!-- rygg:page title="Languages" description="…" -->
//
// (the title becomes "Languages — Ryggrad"; the description the page's meta description).
//
// `<!-- rygg:toc -->` lists the page's <h2 id> headings under "On this page"; a live demo is one
// `<!-- rygg:demo TAG … -->` … `<!-- /rygg:demo -->` block (see DEMO_MARKER below).
//
// Live demos also share their common controls (language, audience, theme, heading level): a page
// writes `<!-- rygg:control language -->` where one goes, and only its own controls in full.
//
// API tables come from custom-elements.json at build time: `<!-- rygg:api TAG -->` and
// `<!-- rygg:parts-table -->` (api-tables.mjs).
//
// The clinical changelog's rows are data (docs/data/clinical-changelog.json):
// `<!-- rygg:changelog version="2026.2" labelledby="HEADING-ID" -->` (changelog-table.mjs).
//
// The screenshot sheet's figures come from the lists scripts/screenshots.mjs photographs
// (`<!-- rygg:screenshots -->`, screenshot-sheet.mjs).
//
// The Getting started page shows the `:not(:defined)` recipe as it stands in the neutral theme
// (`<!-- rygg:not-defined-recipe -->`), so the two cannot drift apart.
//
// Addresses of this release on the CDN come from the package's version (scripts/release.mjs):
// `<!-- rygg:cdn-loader -->`, `<!-- rygg:cdn-base -->` (the cdn/ folder, ending in /),
// `<!-- rygg:version -->` and `<!-- rygg:loader-integrity -->` (the loader's SRI hash, known
// once the CDN build exists).
//
// `renderPage()` fills them in. The build applies it when it copies the pages (rollup-docs.mjs),
// and the dev server applies it to every docs page it serves (web-dev-server.config.mjs), so
// both show the same HTML.

import { readFileSync } from 'node:fs';
import { fillApiTables } from './api-tables.mjs';
import { escapeHtml } from './html.mjs';
import { changelogTable } from './changelog-table.mjs';
import { fillPerformanceFigures } from './performance-figures.mjs';
import { screenshotSheet } from './screenshot-sheet.mjs';
import { cdnUrl, loaderIntegrity, release } from '../../scripts/release.mjs';

/** The `:not(:defined)` recipe from the neutral theme, between its recipe:start and recipe:end comments, as CSS. */
function notDefinedCss() {
  const css = readFileSync(new URL('../../packages/ryggrad/themes/neutral.css', import.meta.url), 'utf8');
  const recipe = /\/\* recipe:start \*\/\n([\s\S]*?)\n\/\* recipe:end \*\//.exec(css)?.[1];
  if (!recipe) throw new Error('packages/ryggrad/themes/neutral.css: no recipe:start … recipe:end comments');
  return recipe;
}

/** The recipe as HTML text, for the Getting started page. */
export function notDefinedRecipe() {
  return escapeHtml(notDefinedCss());
}

/** The `.visually-hidden` rule of the widgets' base styles (packages/core/src/theme.ts), unindented. */
function visuallyHiddenCss() {
  const theme = readFileSync(new URL('../../packages/core/src/theme.ts', import.meta.url), 'utf8');
  const rule = /^( *)\.visually-hidden \{\n[\s\S]*?\n\1\}$/m.exec(theme);
  if (!rule) throw new Error('packages/core/src/theme.ts: no .visually-hidden rule');
  return rule[0].replace(new RegExp(`^${rule[1]}`, 'gm'), '');
}

/**
 * docs.css with the recipe in place of its `/* rygg:not-defined-recipe *\/` line, so the docs' own
 * widgets keep the same space as on any site that follows Getting started (no layout shift), and
 * the widgets' own `.visually-hidden` rule in place of `/* rygg:visually-hidden *\/`.
 */
export function renderStylesheet(css) {
  return css
    .replace('/* rygg:not-defined-recipe */', () => notDefinedCss())
    .replace('/* rygg:visually-hidden */', () => visuallyHiddenCss());
}

/** The site navigation, in order: [group label, [[file, link text], …]]. */
export const NAVIGATION = [
  [
    'Start',
    [
      ['index.html', 'Overview'],
      ['getting-started.html', 'Getting started'],
    ],
  ],
  [
    'Widgets',
    [
      ['red-flag-checklist.html', 'Red-flag checklist'],
      ['spine-diagram.html', 'Spine diagram'],
      ['activity-advice.html', 'Activity advice'],
      ['return-to-work.html', 'Return to work'],
      ['care-options.html', 'Care options'],
      ['back-facts.html', 'Back facts'],
    ],
  ],
  [
    'Guides',
    [
      ['theming.html', 'Theming'],
      ['languages.html', 'Languages'],
      ['frameworks.html', 'React, Vue, Angular, Svelte'],
      ['cms.html', 'CMS guide'],
      ['extension.html', 'Browser extension'],
    ],
  ],
  [
    'About',
    [
      ['clinical-content.html', 'Clinical content'],
      ['clinical-changelog.html', 'Clinical changelog'],
      ['screenshots.html', 'Screenshots'],
      ['privacy.html', 'Privacy'],
      ['performance.html', 'Performance'],
    ],
  ],
];

// The same policy a host page is told to use (getting-started.html); the dev server drops it
// because its live-reload script is inline.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'none'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const HEAD = `<meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="./docs.css" />
    <script type="module" src="./assets/main.js"></script>`;

const LOGO =
  '<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="7" fill="#00406b"/>' +
  '<g fill="#ffffff"><rect x="11" y="5" width="10" height="4" rx="2"/><rect x="10" y="11" width="12" height="4" rx="2"/>' +
  '<rect x="10" y="17" width="12" height="4" rx="2"/><rect x="11" y="23" width="10" height="4" rx="2"/></g></svg>';

const HEADER = `<a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <a class="brand" href="./index.html">${LOGO}Ryggrad</a>
      <p class="tagline">Back-pain widgets for health sites</p>
    </header>`;

const FOOTER = `<footer class="site-footer">
      <p>Ryggrad is open source (MIT). Its content comes from the Norwegian patient brochure <cite lang="nb">Verdt å vite om vond rygg</cite> (FORMI, 2007); see <a href="./clinical-content.html">Clinical content</a>. General information only: it does not replace an examination by a health professional.</p>
      <p>This site sets no cookies, stores nothing and loads nothing from other sites.</p>
    </footer>`;

/** The navigation with the current page marked for screen readers (and the stylesheet). */
export function navigation(currentFile) {
  const groups = NAVIGATION.map(([label, links]) => {
    const id = `nav-${label.toLowerCase()}`;
    const items = links
      .map(
        ([file, text]) =>
          `        <li><a href="./${file}"${file === currentFile ? ' aria-current="page"' : ''}>${text}</a></li>`,
      )
      .join('\n');
    return `      <p class="nav-group" id="${id}">${label}</p>\n      <ul aria-labelledby="${id}">\n${items}\n      </ul>`;
  });
  // On a phone the lists fold behind this button (docs.css, when scripting is on; src/site/nav.ts
  // opens them). It is in the HTML, not added by the script, so the page does not jump when it runs.
  const current = NAVIGATION.flatMap(([, links]) => links).find(([file]) => file === currentFile)?.[1];
  const toggle =
    `<button type="button" class="button nav-toggle" aria-expanded="false" aria-controls="nav-lists">Menu` +
    `${current ? `<span class="nav-current">${current}</span>` : ''}</button>`;
  return `<nav class="site-nav" aria-label="Documentation">\n      ${toggle}\n      <div class="nav-lists" id="nav-lists">\n${groups.join('\n')}\n      </div>\n    </nav>`;
}

const select = (id, attribute, label, options) =>
  `<div class="field">\n  <label for="${id}">${label}</label>\n  <select id="${id}" data-attribute="${attribute}">\n` +
  options
    .map(([value, text, selected]) => `    <option value="${value}"${selected ? ' selected' : ''}>${text}</option>\n`)
    .join('') +
  `  </select>\n</div>`;

/** The demo controls several widget pages share; each sets one attribute of the demo's widget. */
export const DEMO_CONTROLS = {
  language: select('demo-lang', 'lang', 'Language', [
    ['nb', 'Bokmål (nb)'],
    ['nn', 'Nynorsk (nn)'],
    ['en', 'English (en)', true],
  ]),
  audience: [
    '<fieldset class="choice-group">',
    '  <legend>Audience</legend>',
    '  <div class="choices">',
    '    <label><input type="radio" name="demo-audience" value="patient" data-attribute="audience" checked /> Patient</label>',
    '    <label><input type="radio" name="demo-audience" value="clinician" data-attribute="audience" /> Clinician</label>',
    '  </div>',
    '</fieldset>',
  ].join('\n'),
  theme: select('demo-theme', 'theme', 'Theme', [
    ['', 'light (default)', true],
    ['dark', 'dark'],
    ['auto', 'auto'],
  ]),
  'heading-level': select('demo-heading', 'heading-level', 'Heading level', [
    ['2', '2'],
    ['3', '3', true],
    ['4', '4'],
  ]),
};

/**
 * A live demo (src/demo/demo.ts wires it), from one block:
 *
 *   <!-- rygg:demo TAG attributes='lang="en" …' controls="language audience own theme heading-level"
 *        event="rygg-…" event-hint="None yet: …" plain-text -->
 *   …the page's own controls…
 *   <!-- /rygg:demo -->
 *
 * `attributes` are the element's, exactly as the copy-paste snippet shows them; `controls` names the
 * shared controls in order, `own` standing for the block's content; `event` adds a log of the last
 * such event (with `event-hint` until one comes); `plain-text` a button that shows toPlainText().
 */
const DEMO_MARKER = /^<!-- rygg:demo ([\w-]+) (.*) -->\n([\s\S]*?)^<!-- \/rygg:demo -->$/gm;

/** One demo block as HTML (its shared controls still as control markers, filled in next). */
function demo(fileName, tag, parameters, ownControls) {
  const attributes = parameters.get('attributes');
  const controls = parameters.get('controls')?.split(' ');
  if (!attributes || !controls) throw new Error(`${fileName}: <!-- rygg:demo ${tag} --> needs attributes and controls`);
  if (controls.includes('own') !== Boolean(ownControls.trim()))
    throw new Error(`${fileName}: <!-- rygg:demo ${tag} --> has own controls exactly when its controls list "own"`);
  const fields = controls
    .map((name) => (name === 'own' ? ownControls.trimEnd() : `<!-- rygg:control ${name} -->`).replace(/^/gm, '    '))
    .join('\n');
  const event = parameters.get('event');
  const eventLog = event
    ? `\n  <div class="demo-output">\n    <h3 id="event-title">Last <code>${event}</code> event</h3>` +
      `\n    <pre data-event-log="${event}" aria-labelledby="event-title">\n${parameters.get('event-hint') ?? ''}</pre>\n  </div>`
    : '';
  const plainText = parameters.has('plain-text')
    ? '\n  <div class="demo-output">\n    <button type="button" class="button" data-plain-text>Show <code>toPlainText()</code></button>' +
      '\n    <pre data-plain-text-output hidden></pre>\n  </div>'
    : '';
  return `<div class="demo" data-demo>
  <fieldset class="demo-controls">
    <legend>Options</legend>
${fields}
  </fieldset>
  <div class="demo-stage">
    <${tag} data-demo-element ${attributes}></${tag}>
  </div>
  <figure class="code">
    <figcaption>Code for this demo</figcaption>
    <pre><code data-demo-snippet>&lt;script type="module" src="<!-- rygg:cdn-loader -->"&gt;&lt;/script&gt;

${escapeHtml(`<${tag} ${attributes}></${tag}>`)}</code></pre>
  </figure>${eventLog}${plainText}
</div>`;
}

/** `<!-- rygg:toc -->`: "On this page", a link to every <h2 id> of the page, in order. */
function tableOfContents(content) {
  const links = [...content.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2>/g)].map(
    ([, id, heading]) => `    <li><a href="#${id}">${heading}</a></li>`,
  );
  return `<nav class="toc" aria-labelledby="toc-title">
  <p id="toc-title">On this page</p>
  <ul>
${links.join('\n')}
  </ul>
</nav>`;
}

/** `<!-- rygg:control NAME -->` on a line of its own, with its indentation. */
const CONTROL_MARKER = /^([ \t]*)<!-- rygg:control ([\w-]+) -->$/gm;

/**
 * The `name="value"` pairs (either quote) and bare flags of a marker, as a Map; a flag maps to ''.
 * Values stay as written, that is as HTML attribute text.
 */
export function markerParameters(text) {
  return new Map(
    [...text.matchAll(/([\w-]+)(?:="([^"]*)"|='([^']*)')?/g)].map(([, name, double, single]) => [
      name,
      double ?? single ?? '',
    ]),
  );
}

/** `<!-- rygg:changelog version="…" labelledby="…" -->`: a content version's wording changes (changelog-table.mjs). */
const CHANGELOG_MARKER = /<!-- rygg:changelog (.*?) -->/g;

/** The first line of every page: `<!-- rygg:page title="…" description="…" -->`. */
export const PAGE_MARKER = /^<!-- rygg:page (.*) -->\n/;

/**
 * The whole document around a page's own content: `<title>` is the page's title and the site's
 * name (the home page's title starts with the name and stands alone), the description its meta.
 */
function pageSkeleton(source, fileName) {
  const marker = PAGE_MARKER.exec(source);
  if (!marker) throw new Error(`${fileName}: the first line must be <!-- rygg:page title="…" description="…" -->`);
  const parameters = markerParameters(marker[1]);
  const title = parameters.get('title');
  const description = parameters.get('description');
  if (!title || !description) throw new Error(`${fileName}: <!-- rygg:page --> needs a title and a description`);
  const content = source
    .slice(marker[0].length)
    .trimEnd()
    .replace(DEMO_MARKER, (_, tag, parameters, ownControls) =>
      demo(fileName, tag, markerParameters(parameters), ownControls),
    );
  return `<!doctype html>
<html lang="en">
  <head>
    ${HEAD}
    <meta name="description" content="${description}" />
    <title>${title.startsWith('Ryggrad') ? title : `${title} — Ryggrad`}</title>
  </head>
  <body>
    ${HEADER}
    <div class="layout">
      ${navigation(fileName)}
      <main id="main" tabindex="-1">
${content.replace('<!-- rygg:toc -->', () => tableOfContents(content))}
      </main>
    </div>
    ${FOOTER}
  </body>
</html>
`;
}

/** A docs page's source with its shared parts filled in. `fileName` is e.g. 'privacy.html'. */
export function renderPage(source, fileName) {
  return fillPerformanceFigures(fillApiTables(pageSkeleton(source, fileName)))
    .replace('<!-- rygg:not-defined-recipe -->', () => notDefinedRecipe())
    .replace('<!-- rygg:screenshots -->', () => screenshotSheet())
    .replace(CHANGELOG_MARKER, (_, parameters) => {
      const { version, labelledby } = Object.fromEntries(markerParameters(parameters));
      return changelogTable(version, labelledby);
    })
    .replaceAll('<!-- rygg:cdn-loader -->', () => cdnUrl('ryggrad.js'))
    .replaceAll('<!-- rygg:cdn-base -->', () => cdnUrl(''))
    .replaceAll('<!-- rygg:version -->', () => release().version)
    .replaceAll('<!-- rygg:loader-integrity -->', () => loaderIntegrity() ?? 'sha384-… (written by npm run build)')
    .replace(CONTROL_MARKER, (_, indent, name) => {
      const control = DEMO_CONTROLS[name];
      if (!control)
        throw new Error(`${fileName}: no demo control "${name}"; known: ${Object.keys(DEMO_CONTROLS).join(', ')}`);
      return control.replace(/^/gm, indent);
    });
}
