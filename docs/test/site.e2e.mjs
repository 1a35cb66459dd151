// End-to-end: the built docs site (dist/docs) as a reader gets it from a static host. Every page
// is loaded in headless Chromium under its own Content Security Policy and checked for console
// errors, failed requests, requests to other origins, broken links, widgets that did not render,
// and axe violations (WCAG 2.0–2.2 A/AA and best practices). The widget pages' API tables are
// checked against custom-elements.json.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collectCspViolations, launchChromium, serveStatic, watchPage } from '../../scripts/e2e-support.mjs';

const root = new URL('../../', import.meta.url).pathname;
const siteDir = join(root, 'dist/docs');
const built = existsSync(join(siteDir, 'index.html'));
const pages = built
  ? readdirSync(siteDir)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];
const AXE_PATH = join(root, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const WIDGET_PAGES = {
  'red-flag-checklist.html': 'rygg-red-flag-checklist',
  'spine-diagram.html': 'rygg-spine-diagram',
  'activity-advice.html': 'rygg-activity-advice',
  'return-to-work.html': 'rygg-return-to-work',
  'care-options.html': 'rygg-care-options',
  'back-facts.html': 'rygg-back-facts',
};

/**
 * The attribute names custom-elements.json gives a tag — read here independently of the docs'
 * own manifest reader, so the test does not share its mistakes. The class is found by its
 * `tagName`, a custom-element-definition export, or the project's naming rule
 * (`rygg-activity-advice` → `RyggActivityAdvice`) for a class extending RyggElement.
 */
function manifestAttributes(manifest, tagName) {
  const classes = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class');
  const definition = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .find((exported) => exported.kind === 'custom-element-definition' && exported.name === tagName);
  const className = tagName
    .split('-')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
  const declaration =
    classes.find((candidate) => candidate.tagName === tagName) ??
    classes.find((candidate) => definition && candidate.name === definition.declaration?.name) ??
    classes.find(
      (candidate) =>
        candidate.name === className && (candidate.customElement || candidate.superclass?.name === 'RyggElement'),
    );
  return declaration
    ? [...new Set((declaration.attributes ?? []).map((attribute) => attribute.name))].sort()
    : undefined;
}

/** Waits until the page's script has finished and every Ryggrad widget on it has rendered (or failed to). */
async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.docsReady === 'true', { timeout: 20000 });
  // The docs script registers every widget before it is ready, so an element still undefined now never will be.
  const undefinedTags = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((tag) => tag.startsWith('rygg-') && !customElements.get(tag)),
    ),
  ]);
  assert.deepEqual(undefinedTags, [], 'elements the docs script did not define');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('rygg-'))
        .every(
          (element) =>
            customElements.get(element.localName) &&
            element.shadowRoot &&
            !element.shadowRoot.querySelector('.loading'),
        ),
    { timeout: 20000 },
  );
}

describe('docs site (dist/docs)', { skip: built ? false : 'dist/docs is missing: run `npm run build` first' }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens a page with its CSP enforced (after `prepare`, e.g. a viewport), records everything it
   * does, waits until it has settled, runs `check` with the page and the record, and closes it.
   */
  async function inPage(name, check, prepare = async () => {}) {
    const page = await browser.newPage();
    try {
      await prepare(page);
      await collectCspViolations(page);
      const record = watchPage(page);
      await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
      await settled(page);
      return await check({ page, record });
    } finally {
      await page.close();
    }
  }

  it('has the pages the navigation promises', () => {
    for (const name of [
      'index.html',
      'getting-started.html',
      'theming.html',
      'languages.html',
      'extension.html',
      'clinical-content.html',
      'clinical-changelog.html',
      'privacy.html',
      'performance.html',
      ...Object.keys(WIDGET_PAGES),
    ]) {
      assert.ok(pages.includes(name), `dist/docs/${name} is missing`);
    }
  });

  for (const name of pages) {
    describe(name, () => {
      it('loads under its CSP with no console errors, failed requests or requests to other origins', async () => {
        await inPage(name, async ({ page, record }) => {
          const csp = await page.evaluate(() => window.__cspViolations);
          assert.deepEqual(csp, [], `CSP violations on ${name}`);
          assert.deepEqual(record.pageErrors, [], `page errors on ${name}`);
          assert.deepEqual(record.errors, [], `console errors on ${name}`);
          assert.deepEqual(record.failed, [], `failed requests on ${name}`);
          // data: URLs never leave the browser (Chromium draws a date field's calendar icon with one).
          const foreign = record.requests.filter(
            (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'),
          );
          assert.deepEqual(foreign, [], `requests to other origins from ${name}`);
        });
      });

      it('renders every Ryggrad widget on it', async () => {
        await inPage(name, async ({ page }) => {
          const widgets = await page.evaluate(() =>
            [...document.querySelectorAll('*')]
              .filter((element) => element.localName.startsWith('rygg-'))
              .map((element) => ({
                tag: element.localName,
                defined: Boolean(customElements.get(element.localName)),
                base: Boolean(element.shadowRoot?.querySelector('.base')),
                loading: Boolean(element.shadowRoot?.querySelector('.loading')),
                error: element.shadowRoot?.querySelector('[part="error"]')?.textContent?.trim() ?? '',
              })),
          );
          for (const widget of widgets) {
            assert.ok(widget.defined, `<${widget.tag}> is not defined on ${name}`);
            assert.equal(widget.error, '', `<${widget.tag}> shows an error on ${name}`);
            assert.ok(widget.base && !widget.loading, `<${widget.tag}> has not rendered on ${name}`);
          }
        });
      });

      it('links only to files and fragments that exist, with relative addresses', async () => {
        await inPage(name, async ({ page }) => {
          const links = await page.evaluate(() =>
            [...document.querySelectorAll('[href]')].map((element) => ({
              raw: element.getAttribute('href'),
              resolved: element.href,
            })),
          );
          const ids = new Set(
            await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id)),
          );
          for (const { raw, resolved } of links) {
            assert.ok(
              !/^([a-z][\w+.-]*:|\/\/)/i.test(raw) && !raw.startsWith('/'),
              `${name}: "${raw}" is not a relative link`,
            );
            const url = new URL(resolved);
            let file = normalize(join(siteDir, decodeURIComponent(url.pathname)));
            assert.ok(file.startsWith(siteDir), `${name}: "${raw}" leaves the site`);
            if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
            assert.ok(existsSync(file), `${name}: "${raw}" points to a missing file`);
            if (url.hash.length > 1) {
              const id = decodeURIComponent(url.hash.slice(1));
              const samePage = url.pathname === `/${name}`;
              const found = samePage ? ids.has(id) : readFileSync(file, 'utf8').includes(`id="${id}"`);
              assert.ok(found, `${name}: "${raw}" points to a fragment that does not exist`);
            }
          }
        });
      });

      it('has the same navigation as every other page, marking itself as current', async () => {
        await inPage(name, async ({ page }) => {
          const nav = await page.evaluate(() => ({
            hrefs: [...document.querySelectorAll('nav.site-nav a')].map((link) => link.getAttribute('href')),
            current: [...document.querySelectorAll('nav.site-nav a[aria-current="page"]')].map((link) =>
              link.getAttribute('href'),
            ),
            skip: document.querySelector('a.skip-link')?.getAttribute('href'),
            lang: document.documentElement.lang,
            h1: document.querySelectorAll('h1').length,
          }));
          // Every page is in the navigation, on every page.
          assert.deepEqual(
            [...nav.hrefs].sort(),
            pages.map((page) => `./${page}`).sort(),
            `${name}: the navigation differs`,
          );
          assert.deepEqual(nav.current, [`./${name}`], `${name}: aria-current should mark this page`);
          assert.equal(nav.skip, '#main');
          assert.equal(nav.lang, 'en');
          assert.equal(nav.h1, 1, `${name} should have exactly one h1`);
        });
      });

      it('fits a 320 px wide screen without sideways scrolling (WCAG reflow)', async () => {
        await inPage(
          name,
          async ({ page }) => {
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
            }));
            assert.ok(scrollWidth <= clientWidth, `${name} is ${scrollWidth} px wide in a ${clientWidth} px window`);
          },
          (page) => page.setViewport({ width: 320, height: 800 }),
        );
      });

      it('is axe clean (WCAG 2.2 AA and best practices)', async () => {
        await inPage(
          name,
          async ({ page }) => {
            await page.addScriptTag({ path: AXE_PATH });
            const violations = await page.evaluate(async (tags) => {
              const result = await window.axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations'],
              });
              return result.violations.map(
                (violation) =>
                  `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n')}`,
              );
            }, AXE_TAGS);
            assert.deepEqual(violations, [], `axe violations on ${name}:\n${violations.join('\n')}`);
          },
          // axe is injected as an inline script, which the page's own CSP forbids — as it should.
          (page) => page.setBypassCSP(true),
        );
      });
    });
  }

  describe('API tables match custom-elements.json', () => {
    const manifestPath = join(siteDir, 'custom-elements.json');
    for (const [name, tag] of Object.entries(WIDGET_PAGES)) {
      it(`${name}: the attribute table lists exactly the manifest's attributes of <${tag}>`, async () => {
        assert.ok(existsSync(manifestPath), 'dist/docs/custom-elements.json is missing');
        const expected = manifestAttributes(JSON.parse(readFileSync(manifestPath, 'utf8')), tag);
        assert.ok(expected, `custom-elements.json does not describe <${tag}>`);
        await inPage(name, async ({ page }) => {
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll('[data-api-table="attributes"] tbody th')].map((cell) =>
              cell.textContent.trim(),
            ),
          );
          assert.ok(shown.length > 0, `${name} shows no attribute table`);
          assert.deepEqual([...shown].sort(), expected);
        });
      });
    }
  });

  describe('interactions', () => {
    it('demo controls set attributes on the demo element and update the snippet', async () => {
      await inPage('red-flag-checklist.html', async ({ page }) => {
        await page.select('#demo-lang', 'nn');
        await page.click('input[name="demo-audience"][value="clinician"]');
        const state = await page.evaluate(() => {
          const element = document.querySelector('[data-demo-element]');
          return {
            lang: element.getAttribute('lang'),
            audience: element.getAttribute('audience'),
            snippet: document.querySelector('[data-demo-snippet]').textContent,
          };
        });
        assert.equal(state.lang, 'nn');
        assert.equal(state.audience, 'clinician');
        assert.match(
          state.snippet,
          /<rygg-red-flag-checklist\s+lang="nn"\s+audience="clinician"[^>]*><\/rygg-red-flag-checklist>/,
        );
        assert.match(state.snippet, /<script type="module" src="[^"]+\/ryggrad\.js"><\/script>/);
        // The widget follows: its content is now in nynorsk.
        await page.waitForFunction(
          () =>
            document.querySelector('[data-demo-element]').shadowRoot.querySelector('.base')?.getAttribute('lang') ===
            'nn',
        );
      });
    });

    it('on a phone, a Menu button (a disclosure) shows and hides the navigation', async () => {
      await inPage(
        'languages.html',
        async ({ page }) => {
          const state = () =>
            page.evaluate(() => ({
              expanded: document.querySelector('.nav-toggle').getAttribute('aria-expanded'),
              controls: document.getElementById(document.querySelector('.nav-toggle').getAttribute('aria-controls'))
                ?.className,
              linkShown: document.querySelector('nav.site-nav a[href="./theming.html"]').getClientRects().length > 0,
            }));
          assert.deepEqual(await state(), { expanded: 'false', controls: 'nav-lists', linkShown: false });
          await page.click('.nav-toggle');
          assert.deepEqual(await state(), { expanded: 'true', controls: 'nav-lists', linkShown: true });
          await page.keyboard.press('Enter');
          assert.equal((await state()).expanded, 'false');
        },
        (page) => page.setViewport({ width: 375, height: 700 }),
      );
    });

    it('a copy button copies the code and announces "Copied" in a live region', async () => {
      const context = browser.defaultBrowserContext();
      await context.overridePermissions(server.origin, [
        'clipboard-read',
        'clipboard-write',
        'clipboard-sanitized-write',
      ]);
      try {
        await inPage('getting-started.html', async ({ page }) => {
          const code = await page.$eval('figure.code pre code', (element) => element.textContent);
          await page.click('figure.code .copy-button');
          await page.waitForFunction(() => document.querySelector('#announcer')?.textContent === 'Copied');
          const live = await page.$eval('#announcer', (element) => [
            element.getAttribute('role'),
            element.getAttribute('aria-live'),
          ]);
          assert.deepEqual(live, ['status', 'polite']);
          assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
        });
      } finally {
        await context.clearPermissionOverrides();
      }
    });

    it('the theming playground applies a token to the live widgets and prints the CSS', async () => {
      await inPage('theming.html', async ({ page }) => {
        const input = await page.$('#token-color-accent');
        await input.click({ clickCount: 3 });
        await input.type('#7a1f5c');
        const state = await page.evaluate(() => ({
          token: document.querySelector('[data-preview]').style.getPropertyValue('--rygg-color-accent'),
          css: document.querySelector('[data-theme-css]').textContent,
          widgetAccent: getComputedStyle(
            document.querySelector('[data-preview] rygg-activity-advice').shadowRoot.querySelector('.base'),
          )
            .getPropertyValue('--_accent')
            .trim(),
        }));
        assert.equal(state.token, '#7a1f5c');
        assert.match(state.css, /--rygg-color-accent: #7a1f5c;/);
        assert.equal(state.widgetAccent, '#7a1f5c');
      });
    });

    it('the extension page lists exactly the keys of the managed-policy schema', async () => {
      const schema = JSON.parse(readFileSync(join(root, 'extension/managed_schema.json'), 'utf8'));
      await inPage('extension.html', async ({ page }) => {
        const keys = await page.evaluate(() =>
          [...document.querySelectorAll('[data-policy-keys] tbody th')].map((cell) => cell.textContent.trim()),
        );
        assert.deepEqual([...keys].sort(), Object.keys(schema.properties).sort());
      });
    });

    it('the performance page shows measured figures, or says how to measure them', async () => {
      const report = JSON.parse(readFileSync(join(siteDir, 'data/performance.json'), 'utf8'));
      await inPage('performance.html', async ({ page }) => {
        const text = await page.$eval('[data-performance]', (element) => element.textContent);
        const rows = await page.$$eval(
          '[data-performance] table',
          (tables) => tables[0]?.querySelectorAll('tbody tr').length ?? 0,
        );
        assert.equal(rows, 5, 'the budgets table has one row per budget');
        const measured = Object.keys(report.results ?? {}).length > 0;
        if (measured) assert.match(text, /Measured \d{4}-\d{2}-\d{2}/);
        else assert.match(text, /npm run bench/);
      });
    });
  });
});
