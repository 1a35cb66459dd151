// End to end in Debian's Chromium: the built extension (dist/extension/chrome) loaded for real,
// its side-panel page opened as a tab. Checks each widget opens, the patient's language switches
// the text, Copy to note puts exactly the widget's plain text on the clipboard, a setting survives
// a reload, a managed (policy) default wins, and the extension adds nothing to web pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, missingBuild, openPanel, seedManagedStorage, watchCsp } from './chromium-extension.mjs';

const root = new URL('../..', import.meta.url).pathname;
const skip = missingBuild(root);
const WIDGET_TAGS = {
  'red-flags': 'rygg-red-flag-checklist',
  spine: 'rygg-spine-diagram',
  activity: 'rygg-activity-advice',
  work: 'rygg-return-to-work',
  care: 'rygg-care-options',
  facts: 'rygg-back-facts',
};
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The widget showing in the panel: its tag, language and plain text once rendered. */
function visibleWidget(page) {
  return page.evaluate(async () => {
    const element = document.querySelector('.stage > :not([hidden])');
    if (!element) return undefined;
    await element.updateComplete;
    return {
      tag: element.localName,
      lang: element.getAttribute('lang'),
      text: element.toPlainText(),
      styled: element.shadowRoot.adoptedStyleSheets.length,
    };
  });
}

describe('browser extension in Chromium', { skip }, () => {
  let browser;
  let origin;
  let worker;

  before(async () => {
    ({ browser, origin, worker } = await launchWithExtension(root));
  });
  after(async () => {
    await browser?.close();
  });

  async function newPanel({ managed } = {}) {
    const page = await browser.newPage();
    await watchCsp(page);
    if (managed) await seedManagedStorage(page, managed);
    const requests = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) requests.push(request.url());
    });
    await openPanel(page, origin);
    return { page, requests };
  }

  it('opens the side panel from the toolbar button and from Alt+Shift+Y', async () => {
    const background = await worker.worker();
    // The service worker sets the behaviour when it starts; give it a moment on a slow machine.
    await background.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const { behavior, commands, panel } = await background.evaluate(async () => ({
      behavior: await chrome.sidePanel.getPanelBehavior(),
      commands: (await chrome.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut })),
      panel: await chrome.sidePanel.getOptions({}),
    }));
    assert.equal(behavior.openPanelOnActionClick, true);
    assert.deepEqual(commands, [{ name: '_execute_action', shortcut: 'Alt+Shift+Y' }]);
    assert.equal(panel.path, 'panel.html');
  });

  it('opens each widget, styled, with no CSP violation and no network request', async () => {
    const { page, requests } = await newPanel();
    for (const [id, tag] of Object.entries(WIDGET_TAGS)) {
      await page.click(`.topic[data-widget="${id}"]`);
      await page.waitForFunction(
        (expected) => document.querySelector('.stage > :not([hidden])')?.localName === expected,
        {},
        tag,
      );
      const widget = await visibleWidget(page);
      assert.ok(widget.text.length > 20, `${widget.tag} rendered no text`);
      assert.ok(widget.styled > 0, `${widget.tag} has no adopted stylesheets`);
    }
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(requests, []);
    await page.close();
  });

  it("switches the widget's language: the text changes", async () => {
    const { page } = await newPanel();
    const bokmal = await visibleWidget(page);
    assert.equal(bokmal.lang, 'nb');
    await page.click('input[name="patient-language"][value="en"]');
    await page.waitForFunction(() => document.querySelector('.stage > :not([hidden])')?.getAttribute('lang') === 'en');
    const english = await visibleWidget(page);
    assert.notEqual(english.text, bokmal.text);
    await page.click('input[name="patient-language"][value="nn"]');
    await page.waitForFunction(() => document.querySelector('.stage > :not([hidden])')?.getAttribute('lang') === 'nn');
    const nynorsk = await visibleWidget(page);
    assert.notEqual(nynorsk.text, bokmal.text);
    assert.notEqual(nynorsk.text, english.text);
    await page.close();
  });

  it("copies exactly the widget's plain text to the clipboard", async () => {
    await browser
      .defaultBrowserContext()
      .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const { page } = await newPanel();
    await page.click('.topic[data-widget="work"]');
    await page.waitForFunction(
      () => document.querySelector('.stage > :not([hidden])')?.localName === 'rygg-return-to-work',
    );
    await page.bringToFront();
    await page.click('.action.copy');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent.trim() !== '');
    const { clipboard, status } = await page.evaluate(async () => ({
      clipboard: await navigator.clipboard.readText(),
      status: document.querySelector('.status').textContent.trim(),
    }));
    const widget = await visibleWidget(page);
    assert.equal(clipboard, widget.text);
    assert.equal(status, 'Copied. Paste it into the note.');
    await page.close();
  });

  it('keeps a changed setting after a reload, and stores nothing else', async () => {
    const { page } = await newPanel();
    await page.click('details.settings summary');
    await page.click('input[name="setting-theme"][value="dark"]');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.click('details.settings summary');
    await page.waitForSelector('input[name="setting-theme"][value="dark"]');
    assert.equal(await page.$eval('input[name="setting-theme"][value="dark"]', (input) => input.checked), true);
    assert.equal((await visibleWidget(page)) !== undefined, true);
    assert.equal(await page.$eval('.stage > :not([hidden])', (element) => element.getAttribute('theme')), 'dark');
    const stored = await page.evaluate(async () => ({
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
      webStorage: localStorage.length + sessionStorage.length,
      cookies: document.cookie,
    }));
    assert.deepEqual(stored, { sync: { theme: 'dark' }, local: {}, webStorage: 0, cookies: '' });
    // Put the preference back for the next tests.
    await page.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });

  it('applies a managed default and shows it as set by the organisation', async () => {
    const { page } = await newPanel({ managed: { defaultLanguage: 'en', textSize: 150 } });
    const widget = await visibleWidget(page);
    assert.equal(widget.lang, 'en');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), '150');
    await page.click('details.settings summary');
    await page.waitForSelector('input[name="setting-defaultLanguage"]');
    const form = await page.evaluate(() => {
      const fieldset = document.querySelector('input[name="setting-defaultLanguage"]').closest('fieldset');
      return {
        disabled: fieldset.disabled,
        checked: document.querySelector('input[name="setting-defaultLanguage"]:checked')?.value,
        note: document.getElementById(fieldset.getAttribute('aria-describedby'))?.textContent,
        themeDisabled: document.querySelector('input[name="setting-theme"]').closest('fieldset').disabled,
      };
    });
    assert.deepEqual(form, { disabled: true, checked: 'en', note: 'Set by your organisation.', themeDisabled: false });
    await page.close();
  });

  it('shows the widget to the patient in its own tab, in large type', async () => {
    const { page } = await newPanel();
    await page.click('input[name="patient-language"][value="en"]');
    await page.click('.topic[data-widget="activity"]');
    await page.waitForFunction(
      () => document.querySelector('.stage > :not([hidden])')?.localName === 'rygg-activity-advice',
    );
    const opened = browser.waitForTarget((target) => target.url().startsWith(`${origin}/show.html`));
    await page.click('.action.show');
    const target = await opened;
    assert.equal(new URL(target.url()).search, '?widget=activity&lang=en&audience=patient');
    const tab = await target.page();
    await tab.waitForFunction(() =>
      document.querySelector('.show-stage > rygg-activity-advice')?.shadowRoot?.querySelector('[part~="base"]'),
    );
    const shown = await tab.evaluate(async () => {
      const element = document.querySelector('.show-stage > rygg-activity-advice');
      await element.updateComplete;
      return {
        lang: element.getAttribute('lang'),
        fontSize: getComputedStyle(element.shadowRoot.querySelector('[part~="base"]')).fontSize,
      };
    });
    assert.deepEqual(shown, { lang: 'en', fontSize: '24px' });
    await tab.close();
    await page.close();
  });

  it('has axe-clean pages as built: panel (settings open), options, privacy, show', async () => {
    for (const path of [
      'panel.html',
      'options.html',
      'privacy.html',
      'show.html?widget=work&lang=nn&audience=clinician',
    ]) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path}`);
      if (path === 'panel.html') {
        await page.waitForFunction(() => performance.getEntriesByName('ryggrad:first-widget-rendered').length > 0);
        await page.click('details.settings summary');
        await page.waitForSelector('input[name="setting-theme"]');
      } else if (path.startsWith('show')) {
        await page.waitForFunction(() =>
          document.querySelector('.show-stage > rygg-return-to-work')?.shadowRoot?.querySelector('[part~="base"]'),
        );
      } else {
        await page.waitForFunction(() => document.querySelector('h1')?.textContent.trim());
      }
      // DevTools evaluation is not subject to the page's CSP, so axe runs without weakening it.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (tags) => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }, AXE_TAGS);
      assert.deepEqual(violations, [], path);
      await page.close();
    }
  });

  it('adds nothing to web pages: a page opened beside it runs only its own script', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Record</title><p id="note">Patient note</p>');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      const session = await page.createCDPSession();
      const contexts = [];
      session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
      await session.send('Runtime.enable');
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForSelector('#note');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Content scripts run in an isolated world (or an extension origin); puppeteer's own utility world does not count.
      const fromExtensions = contexts.filter(
        (context) =>
          !context.name.startsWith('__puppeteer_utility_world__') &&
          (context.origin.startsWith('chrome-extension://') || context.auxData?.type === 'isolated'),
      );
      assert.deepEqual(fromExtensions, []);
      assert.equal(await page.$eval('#note', (note) => note.outerHTML), '<p id="note">Patient note</p>');
    } finally {
      await page.close();
      server.close();
    }
  });
});
