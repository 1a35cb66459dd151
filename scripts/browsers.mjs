// Finds the system browsers the tests run in. Ryggrad never downloads a browser: it uses
// Debian's `chromium` and `firefox-esr` (or whatever CHROME_PATH / FIREFOX_PATH point to).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export function chromiumPath() {
  return process.env.CHROME_PATH || onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

export function firefoxPath() {
  return process.env.FIREFOX_PATH || onPath(['firefox-esr', 'firefox']);
}

/** Keeps Firefox off the network: no updates, telemetry, captive-portal or safe-browsing checks. */
export const FIREFOX_PREFS = Object.freeze({
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
});

/** The flags Chromium needs here: root has no sandbox, and the machine has no network to phone home to. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--metrics-recording-only',
  // Every new window preloads Chromium's omnibox popup, a WebUI page in renderers of its own. Headless,
  // nobody sees it, yet it keeps a core busy for seconds: on a two-core machine it slowed the tests
  // and made the benchmarks' timings noisy.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/** Returns one readable line per missing browser (empty when both are there). */
export function missingBrowsers({ firefox = true } = {}) {
  const missing = [];
  if (!chromiumPath()) {
    missing.push('Chromium not found: install it (Debian: `apt-get install -y chromium`) or set CHROME_PATH.');
  }
  if (firefox && !firefoxPath()) {
    missing.push('Firefox not found: install it (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
  }
  return missing;
}
