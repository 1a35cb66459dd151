// `npm test`: lint (ESLint, Prettier, knip), type-check, build, then every test suite — component and unit tests in Chromium
// and Firefox (web-test-runner), then the end-to-end suites in Node (puppeteer-core against the
// built output). Closes with one line: "N passed, N failed".
//
//   --skip-build   reuse the existing dist/ (faster while working on tests)
//   RYGG_BROWSERS=chromium   run the browser suites in one browser only
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { missingBrowsers } from './browsers.mjs';

const args = new Set(process.argv.slice(2));
const root = new URL('..', import.meta.url).pathname;

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

function run(label, command, commandArgs, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!run('lint (eslint, prettier, knip)', npm, ['run', '--silent', 'lint'])) process.exit(1);
if (!run('type-check (tsc)', npx, ['tsc', '-p', 'tsconfig.json'])) process.exit(1);
if (!args.has('--skip-build') && !run('build', process.execPath, ['scripts/build.mjs'])) process.exit(1);

// Browser suites.
rmSync(join(root, '.tmp/wtr-counts.json'), { force: true });
const browserOk = run('component and unit tests in Chromium and Firefox (web-test-runner)', npx, [
  'wtr',
  '--config',
  'web-test-runner.config.mjs',
]);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const counts = JSON.parse(readFileSync(join(root, '.tmp/wtr-counts.json'), 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  const perBrowser = Object.entries(counts.browsers)
    .map(([name, c]) => `${name}: ${c.passed} passed, ${c.failed} failed`)
    .join('; ');
  console.log(`web-test-runner — ${perBrowser}`);
} catch {
  failed += 1;
  console.error('web-test-runner wrote no results.');
}
if (!browserOk && failed === 0) failed += 1;

// End-to-end suites: every *.e2e.mjs file under the workspaces, run with Node's test runner.
const e2eFiles = ['packages', 'widgets', 'extension', 'docs', 'bench']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((path) => join(dir, path)))
  .filter((path) => path.endsWith('.e2e.mjs') && !/(^|\/)(node_modules|dist|\.[^/]*)\//.test(path))
  .sort();
if (e2eFiles.length > 0) {
  console.log('\n▶ end-to-end tests (node --test, puppeteer-core)');
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...e2eFiles], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  const pass = Number(/^ℹ pass (\d+)/m.exec(result.stdout)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(result.stdout)?.[1] ?? 0);
  const skip = Number(/^ℹ skipped (\d+)/m.exec(result.stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  skipped += skip;
  if (result.status !== 0 && fail === 0) failed += 1;
}

console.log('');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
