// End-to-end: the published tarball is its own CDN. `npm pack`, then serve the tarball's
// contents as jsDelivr does (/npm/ryggrad@VERSION/…, with CORS) on one origin, and a health
// site on another that includes the package's `jsdelivr` entry with one script tag (with its
// Subresource Integrity hash) under a strict CSP with Trusted Types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  WIDGET_TAGS as TAGS,
  collectCspViolations,
  launchChromium,
  serveStatic,
  watchPage,
  widgetsRendered,
} from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const packageDir = join(root, 'packages/ryggrad');
const built = existsSync(join(packageDir, 'cdn/ryggrad.js'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package served as a CDN', { skip: built ? false : 'run `npm run build` first' }, () => {
  let work;
  let cdn;
  let host;
  let browser;
  let entry;
  let integrity;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'ryggrad-pack-cdn-'));
    const [packed] = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8' }),
    );
    const served = join(work, 'npm', `${packed.name}@${packed.version}`);
    mkdirSync(served, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', served, '--strip-components=1']);
    const { jsdelivr } = JSON.parse(readFileSync(join(served, 'package.json'), 'utf8'));
    integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(served, jsdelivr)))
      .digest('base64')}`;
    cdn = await serveStatic(work, { headers: () => ({ 'access-control-allow-origin': '*' }) });
    entry = `${cdn.origin}/npm/${packed.name}@${packed.version}/${jsdelivr.replace(/^\.\//, '')}`;
    const csp = [
      "default-src 'none'",
      `script-src ${cdn.origin}`,
      "style-src 'self'",
      "connect-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ].join('; ');
    const body = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vond rygg</title>
      <script type="module" src="${entry}" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><main><h1>Vond rygg</h1>
      <rygg-red-flag-checklist flags="fever"></rygg-red-flag-checklist>
      ${TAGS.filter((tag) => tag !== 'rygg-red-flag-checklist')
        .map((tag) => `<${tag}></${tag}>`)
        .join('\n')}
      </main></body></html>`;
    host = await serveStatic(work, { routes: { '/': { body, headers: { 'content-security-policy': csp } } } });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await host?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('renders every element from the jsdelivr entry on another origin, and flags="fever" ticks fever', async () => {
    assert.notEqual(new URL(entry).origin, host.origin);
    const page = await browser.newPage();
    await collectCspViolations(page);
    const record = watchPage(page);
    await page.goto(host.origin);
    await widgetsRendered(page, TAGS);
    const alerts = await page.$$eval(TAGS.join(','), (elements) =>
      elements
        .filter((element) => element.shadowRoot.querySelector('[role="alert"]'))
        .map((element) => element.localName),
    );
    assert.deepEqual(alerts, [], 'no widget shows an error');
    const fever = await page.$eval('rygg-red-flag-checklist', (element) => [...element.flags]);
    assert.deepEqual(fever, ['fever'], 'the flags attribute ticks fever');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
    assert.deepEqual(record.errors, [], 'no console errors');
    assert.deepEqual(record.pageErrors, [], 'no uncaught exceptions');
    assert.ok(
      record.requests.some((url) => url.startsWith(`${cdn.origin}/npm/ryggrad@`) && url.includes('/cdn/chunks/')),
      'the chunks come from the package on the CDN',
    );
    await page.close();
  });
});
