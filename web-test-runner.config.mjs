// Component and unit tests in real browsers: Debian's Chromium and Firefox ESR.
// `npm test` runs this after the type-check and the build; see scripts/test.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { SOURCE_CONDITIONS } from './scripts/workspaces.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, FIREFOX_PREFS, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { emulateMediaFeaturesPlugin } from './scripts/wtr-plugins.mjs';
import { writeThemes } from './scripts/themes.mjs';

// The ready themes are written from their definition, not committed: pages and tests link them.
await writeThemes();

const only = process.env.RYGG_BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  );
}

export default {
  rootDir: '.',
  files: [
    'packages/*/test/**/*.test.ts',
    'widgets/*/test/**/*.test.ts',
    'extension/test/unit/**/*.test.ts',
    'docs/test/unit/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: SOURCE_CONDITIONS },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), emulateMediaFeaturesPlugin()],
  // Lit's dev build stays on in tests (it reports misuse); its one-line notice is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countingReporter()],
};
