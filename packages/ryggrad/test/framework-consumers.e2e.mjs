// End-to-end: React 18, React 19, Vue 3, Angular and Svelte 5 apps (test/consumers/) install the
// packed package, type-check against its own types (strict, skipLibCheck: false), build (Vite;
// Angular's `ng build`), and run in Chromium: a tick reaches the framework's state with a typed
// detail and survives re-renders.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  PACKAGE_DIR,
  installPacked,
  launchChromium,
  openServed,
  skipUnlessBuilt,
} from '../../../scripts/e2e-support.mjs';

const consumers = join(PACKAGE_DIR, 'test/consumers');

let workspace;
let browser;

/**
 * Copies a consumer project into the workspace (over a copy of the project it builds on, if any)
 * and installs it with the packed package. The npm cache makes repeated runs quick; the registry
 * fills it the first time.
 */
function install({ name, buildsOn }) {
  const project = join(workspace, name);
  if (buildsOn) cpSync(join(consumers, buildsOn), project, { recursive: true });
  cpSync(join(consumers, name), project, { recursive: true });
  installPacked(project);
  return project;
}

/** Runs one of the project's own tools (tsc, vue-tsc, svelte-check, vite, ng), failing with its output. */
function run(project, bin, args) {
  try {
    execFileSync(process.execPath, [join(project, 'node_modules', bin), ...args], {
      cwd: project,
      stdio: 'pipe',
      // Plain text in a failure's message: ng colours its errors even when piped.
      env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: '1' },
    });
  } catch (error) {
    assert.fail(`${bin} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

const text = (page, selector) => page.$eval(selector, (element) => element.textContent.trim());

/** Waits until the app's state at `selector` shows `tier`. */
function tierShown(page, selector, tier) {
  return page.waitForFunction(
    (where, expected) => document.querySelector(where)?.textContent.trim() === expected,
    { timeout: 5000 },
    selector,
    tier,
  );
}

/**
 * The checklists the apps show, by id: the app ticks `initial`, a reason to seek help; the reader
 * ticks `tick`, an emergency; the app's state shows the tier at `state`; `expected` are the ticks then.
 */
const CHECKLISTS = {
  wrapped: { state: '#tier', initial: 'fever', tick: 'urination', expected: ['urination', 'fever'] },
  bare: {
    state: '#bare-tier',
    initial: 'weakness',
    tick: 'saddle-numbness',
    expected: ['saddle-numbness', 'weakness'],
  },
};

/**
 * The checklist `#id` starts with its `initial` flag ticked by the app; the reader ticks `tick`;
 * the app renders again. Its state follows each step, and the ticks survive.
 */
async function tickSurvivesRerender(page, id) {
  const { state, initial, tick, expected } = CHECKLISTS[id];
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('input[name^="flag-"]').length >= 9,
    { timeout: 15000 },
    `#${id}`,
  );
  await tierShown(page, state, 'seek-help');
  assert.deepEqual(await page.$eval(`#${id}`, (element) => element.flags), [initial]);
  // The element also reads a `flags` attribute; the app must have set the property.
  assert.equal(await page.$eval(`#${id}`, (element) => element.hasAttribute('flags')), false, 'flags is a property');
  const box = await page.$(`#${id} >>> input[value="${tick}"]`);
  await box.click();
  await tierShown(page, state, 'emergency');
  const before = await text(page, '#rerender');
  await page.click('#rerender');
  await page.waitForFunction(
    (previous) => document.querySelector('#rerender').textContent.trim() !== previous,
    {},
    before,
  );
  assert.deepEqual(await page.$eval(`#${id}`, (element) => element.flags), expected, 'the ticks survive re-renders');
  assert.equal(await page.$eval(`#${id} >>> input[value="${tick}"]`, (input) => input.checked), true);
  assert.equal(await text(page, state), 'emergency');
}

/** A Vite app's steps: its checker (tsc's arguments unless given), then Vite's production build. */
const viteBuild = (checker, checkerArgs = ['-p', 'tsconfig.json']) => ({
  steps: [
    [checker, checkerArgs],
    ['vite/bin/vite.js', ['build', '--logLevel', 'warn']],
  ],
  builtWith: 'Vite',
});

/** How both React apps are checked and built, and how a tick reaches their state. */
const REACT = {
  ...viteBuild('typescript/bin/tsc'),
  checkedWith: 'the package’s own types (strict, skipLibCheck: false)',
  reaches: 'React state through onTriageChange',
};

/**
 * The apps in test/consumers: the tools that type-check and build them into dist/, how a tick
 * reaches their state, and the ids of the checklists they show. React 19's app is React 18's
 * source with its own bare checklist.
 */
const APPS = [
  { name: 'react18', ...REACT, checklists: ['wrapped'] },
  { name: 'react19', buildsOn: 'react18', ...REACT, checklists: ['wrapped', 'bare'] },
  {
    name: 'vue3',
    ...viteBuild('vue-tsc/bin/vue-tsc.js'),
    checkedWith: 'vue-tsc strictTemplates (skipLibCheck: false)',
    reaches: 'Vue state through @rygg-triage-change',
    checklists: ['wrapped'],
  },
  {
    name: 'angular',
    // The application builder type-checks the templates (AOT) as it builds: one step does both.
    steps: [['@angular/cli/bin/ng.js', ['build']]],
    checkedWith: 'strictTemplates (skipLibCheck: false)',
    builtWith: 'ng build',
    reaches: 'an Angular signal through (rygg-triage-change)',
    checklists: ['wrapped'],
  },
  {
    name: 'svelte5',
    // A strict project fails on svelte-check's warnings (accessibility among them) as on its errors.
    ...viteBuild('svelte-check/bin/svelte-check', ['--tsconfig', 'tsconfig.json', '--fail-on-warnings']),
    checkedWith: 'svelte-check (skipLibCheck: false, failing on warnings)',
    reaches: 'Svelte state through onrygg-triage-change',
    checklists: ['wrapped'],
  },
];

/** No page error, console error or warning: nothing the host page would have to explain. */
function expectQuiet(record) {
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
}

describe(
  'the package in React, Vue, Angular and Svelte apps',
  { skip: skipUnlessBuilt('packages/ryggrad/dist/packages/ryggrad/src/react/index.js') },
  () => {
    before(async () => {
      workspace = mkdtempSync(join(tmpdir(), 'ryggrad-frameworks-'));
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      rmSync(workspace, { recursive: true, force: true });
    });

    for (const app of APPS) {
      describe(app.name, () => {
        let project;
        before(() => {
          project = install(app);
        });

        it(`type-checks with ${app.checkedWith} and builds with ${app.builtWith}`, () => {
          for (const [bin, args] of app.steps) run(project, bin, args);
        });

        it(`a tick reaches ${app.reaches} and survives re-renders`, async () => {
          const opened = await openServed(browser, join(project, 'dist'));
          try {
            for (const checklist of app.checklists) await tickSurvivesRerender(opened.page, checklist);
            expectQuiet(opened.record);
          } finally {
            await opened.close();
          }
        });
      });
    }
  },
);
