// Loads the built Chrome extension (dist/extension/chrome) into Debian's Chromium with
// puppeteer-core, for the end-to-end tests and the benchmark.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';

export const FIRST_WIDGET_MARK = 'ryggrad:first-widget-rendered';

export function chromeBuildDir(root) {
  return join(root, 'dist/extension/chrome');
}

/** Why the built extension cannot be tested, or undefined when it can. */
export function missingBuild(root) {
  if (!existsSync(join(chromeBuildDir(root), 'manifest.json')))
    return 'dist/extension/chrome is missing: run `npm run build` first';
  if (!chromiumPath())
    return 'Chromium not found: install it (Debian: `apt-get install -y chromium`) or set CHROME_PATH';
  return undefined;
}

/** Starts Chromium with the extension loaded; resolves once its service worker runs. */
export async function launchWithExtension(root) {
  const browser = await puppeteer.launch({
    pipe: true,
    headless: true,
    enableExtensions: [chromeBuildDir(root)],
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const worker = await browser.waitForTarget(
    (target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'),
    { timeout: 30000 },
  );
  const id = new URL(worker.url()).host;
  return { browser, id, origin: `chrome-extension://${id}`, worker };
}

/**
 * Makes `storage.managed` return `values` in every page opened afterwards, as if an administrator
 * had set them by policy: the page's own `chrome.storage.managed.get` is replaced before any of
 * its scripts run, so the extension's real reading path (polyfill → settings → UI) is exercised.
 * (Real policy needs root to write /etc/chromium/policies and would change the machine's browser.)
 */
export async function seedManagedStorage(page, values) {
  await page.evaluateOnNewDocument((seeded) => {
    const fakeGet = function (keys, callback) {
      const wanted =
        keys == null
          ? Object.keys(seeded)
          : Array.isArray(keys)
            ? keys
            : typeof keys === 'string'
              ? [keys]
              : Object.keys(keys);
      const result = Object.fromEntries(wanted.filter((key) => key in seeded).map((key) => [key, seeded[key]]));
      if (typeof callback === 'function') {
        callback(result);
        return undefined;
      }
      return Promise.resolve(result);
    };
    for (const api of [globalThis.chrome, globalThis.browser]) {
      if (api?.storage?.managed) api.storage.managed.get = fakeGet;
    }
  }, values);
}

/** Collects CSP violations of every page opened afterwards in `window.__cspViolations`. */
export async function watchCsp(page) {
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

/** Opens the side panel's page as a tab and waits for the first widget to have rendered. */
export async function openPanel(page, origin) {
  await page.goto(`${origin}/panel.html`);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    { timeout: 30000 },
    FIRST_WIDGET_MARK,
  );
}
