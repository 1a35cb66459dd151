// End-to-end: the published tarball is its own CDN. `npm pack`, then serve the tarball's
// contents as jsDelivr does (/npm/ryggrad@VERSION/…, with CORS) on one origin, and a health
// site on another that includes the package's `jsdelivr` entry with one script tag (with its
// Subresource Integrity hash) under a strict CSP with Trusted Types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertCleanPage,
  launchChromium,
  openHealthSite,
  packPackage,
  serveAsCdn,
  skipUnlessBuilt,
  strictCsp,
  widgetMarkup,
} from '../../../scripts/e2e-support.mjs';

describe('the packed package served as a CDN', { skip: skipUnlessBuilt('packages/ryggrad/cdn/ryggrad.js') }, () => {
  let work;
  let cdn;
  let browser;
  let entry;
  let integrity;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'ryggrad-pack-cdn-'));
    const packed = packPackage(work);
    const served = join(work, 'npm', `${packed.name}@${packed.version}`);
    mkdirSync(served, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', served, '--strip-components=1']);
    const { jsdelivr } = JSON.parse(readFileSync(join(served, 'package.json'), 'utf8'));
    integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(served, jsdelivr)))
      .digest('base64')}`;
    cdn = await serveAsCdn(work);
    entry = `${cdn.origin}/npm/${packed.name}@${packed.version}/${jsdelivr.replace(/^\.\//, '')}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('renders every element from the jsdelivr entry on another origin, and flags="fever" ticks fever', async () => {
    const opened = await openHealthSite(browser, {
      dir: work,
      head: `<script type="module" src="${entry}" integrity="${integrity}" crossorigin="anonymous"></script>`,
      body: widgetMarkup(undefined, (tag) => (tag === 'rygg-red-flag-checklist' ? ' flags="fever"' : '')),
      csp: strictCsp(cdn.origin),
    });
    const { host, page, record } = opened;
    try {
      assert.notEqual(new URL(entry).origin, host.origin);
      await assertCleanPage(opened);
      const fever = await page.$eval('rygg-red-flag-checklist', (element) => [...element.flags]);
      assert.deepEqual(fever, ['fever'], 'the flags attribute ticks fever');
      assert.ok(
        record.requests.some((url) => url.startsWith(`${cdn.origin}/npm/ryggrad@`) && url.includes('/cdn/chunks/')),
        'the chunks come from the package on the CDN',
      );
    } finally {
      await page.close();
      await host.close();
    }
  });
});
