// End-to-end: React 18, React 19 and Vue 3 apps (test/consumers/) install the packed package,
// type-check against its own types (strict, skipLibCheck: false), build with Vite, and run in
// Chromium: a tick reaches the framework's state with a typed detail and survives re-renders.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, serveStatic, watchPage } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const packageDir = join(root, 'packages/ryggrad');
const consumers = join(packageDir, 'test/consumers');
const built = existsSync(join(packageDir, 'dist/packages/ryggrad/src/react/index.js'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let workspace;
let tarball;
let browser;

/** Copies a consumer project into the workspace, points `ryggrad` at the tarball and installs it. */
function install(name) {
  const project = join(workspace, name);
  cpSync(join(consumers, name), project, { recursive: true });
  const manifestPath = join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies.ryggrad = `file:${tarball}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // The npm cache makes repeated runs quick; the registry fills it the first time.
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: project,
    stdio: 'pipe',
  });
  return project;
}

/** Runs one of the project's own tools (tsc, vue-tsc, vite), failing with its output. */
function run(project, bin, args) {
  try {
    execFileSync(process.execPath, [join(project, 'node_modules', bin), ...args], { cwd: project, stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${bin} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

async function openApp(project) {
  const server = await serveStatic(join(project, 'dist'));
  const page = await browser.newPage();
  const record = watchPage(page);
  await page.goto(`${server.origin}/index.html`);
  return { page, record, close: () => Promise.all([page.close(), server.close()]) };
}

const text = (page, selector) => page.$eval(selector, (element) => element.textContent.trim());

/**
 * The checklist `#id` starts with `initial` ticked by the app; the reader ticks `tick`; the app
 * renders again. Its state (`stateSelector`) follows each step, and the ticks survive.
 */
async function tickSurvivesRerender(page, { id, stateSelector, initial, initialTier, tick, tickedTier, expected }) {
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('input[name^="flag-"]').length >= 9,
    { timeout: 15000 },
    `#${id}`,
  );
  await page.waitForFunction(
    (selector, tier) => document.querySelector(selector)?.textContent.trim() === tier,
    { timeout: 5000 },
    stateSelector,
    initialTier,
  );
  assert.deepEqual(await page.$eval(`#${id}`, (element) => element.flags), [initial]);
  const box = await page.$(`#${id} >>> input[value="${tick}"]`);
  await box.click();
  await page.waitForFunction(
    (selector, tier) => document.querySelector(selector)?.textContent.trim() === tier,
    { timeout: 5000 },
    stateSelector,
    tickedTier,
  );
  const before = await text(page, '#rerender');
  await page.click('#rerender');
  await page.waitForFunction(
    (previous) => document.querySelector('#rerender').textContent.trim() !== previous,
    {},
    before,
  );
  assert.deepEqual(await page.$eval(`#${id}`, (element) => element.flags), expected, 'the ticks survive re-renders');
  assert.equal(await page.$eval(`#${id} >>> input[value="${tick}"]`, (input) => input.checked), true);
  assert.equal(await text(page, stateSelector), tickedTier);
}

/** The checklist every app shows with `flags` fever, its tier in `#tier`. */
const WRAPPED = {
  id: 'wrapped',
  stateSelector: '#tier',
  initial: 'fever',
  initialTier: 'seek-help',
  tick: 'urination',
  tickedTier: 'emergency',
  expected: ['urination', 'fever'],
};

/** No page error, console error or warning: nothing the host page would have to explain. */
function expectQuiet(record) {
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
}

describe(
  'the package in React and Vue apps',
  { skip: built ? false : 'packages/ryggrad/dist is missing: run `npm run build` first' },
  () => {
    before(async () => {
      workspace = mkdtempSync(join(tmpdir(), 'ryggrad-frameworks-'));
      const packed = JSON.parse(
        execFileSync(npm, ['pack', '--json', '--pack-destination', workspace], { cwd: packageDir, encoding: 'utf8' }),
      );
      tarball = join(workspace, packed[0].filename);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      rmSync(workspace, { recursive: true, force: true });
    });

    for (const name of ['react18', 'react19']) {
      describe(name, () => {
        let project;
        before(() => {
          project = install(name);
        });

        it('type-checks with the package’s own types (strict, skipLibCheck: false) and builds with Vite', () => {
          run(project, 'typescript/bin/tsc', ['-p', 'tsconfig.json']);
          run(project, 'vite/bin/vite.js', ['build', '--logLevel', 'warn']);
        });

        it('a tick reaches React state through onTriageChange and survives re-renders', async () => {
          const app = await openApp(project);
          try {
            await tickSurvivesRerender(app.page, WRAPPED);
            if (name === 'react19') {
              await tickSurvivesRerender(app.page, {
                id: 'bare',
                stateSelector: '#bare-tier',
                initial: 'weakness',
                initialTier: 'seek-help',
                tick: 'saddle-numbness',
                tickedTier: 'emergency',
                expected: ['saddle-numbness', 'weakness'],
              });
            }
            expectQuiet(app.record);
          } finally {
            await app.close();
          }
        });
      });
    }

    describe('vue3', () => {
      let project;
      before(() => {
        project = install('vue3');
      });

      it('type-checks with vue-tsc strictTemplates (skipLibCheck: false) and builds with Vite', () => {
        run(project, 'vue-tsc/bin/vue-tsc.js', ['-p', 'tsconfig.json']);
        run(project, 'vite/bin/vite.js', ['build', '--logLevel', 'warn']);
      });

      it('a tick reaches Vue state through @rygg-triage-change and survives re-renders', async () => {
        const app = await openApp(project);
        try {
          await tickSurvivesRerender(app.page, WRAPPED);
          expectQuiet(app.record);
        } finally {
          await app.close();
        }
      });
    });
  },
);
