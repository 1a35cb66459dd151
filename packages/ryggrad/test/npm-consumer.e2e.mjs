// End-to-end: a web team installs the packed npm package into a fresh project, imports one
// widget, bundles with rollup, type-checks against the shipped .d.ts, and sees it render.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import {
  REPO_ROOT as root,
  installPacked,
  launchChromium,
  openServed,
  skipUnlessBuilt,
} from '../../../scripts/e2e-support.mjs';

describe(
  'the npm package in a fresh project',
  { skip: skipUnlessBuilt('packages/ryggrad/dist/packages/ryggrad/src/index.js') },
  () => {
    let project;
    let tarball;

    before(() => {
      project = mkdtempSync(join(tmpdir(), 'ryggrad-consumer-'));
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify({ name: 'health-site', private: true, type: 'module' }, null, 2),
      );
      // lit comes from the npm cache when it is there (it is, after the repo's own install).
      tarball = installPacked(project);
    });

    after(() => rmSync(project, { recursive: true, force: true }));

    it('ships compiled modules, types and the manifest — and no sources or tests', () => {
      const files = tarball.files.map((file) => file.path);
      assert.ok(files.includes('custom-elements.json'));
      assert.ok(files.includes('dist/packages/ryggrad/src/red-flag-checklist.js'));
      assert.ok(files.includes('dist/packages/ryggrad/src/red-flag-checklist.d.ts'));
      assert.ok(
        files.some((file) => file.startsWith('themes/')),
        'ready themes are included',
      );
      assert.deepEqual(
        files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')),
        [],
        'no TypeScript sources',
      );
      assert.deepEqual(
        files.filter((file) => file.includes('/test/')),
        [],
        'no tests',
      );
      // The internal workspaces are not published: every import of them is resolved inside the package.
      const installed = join(project, 'node_modules/ryggrad');
      const internal = files.filter(
        (file) => /\.(js|d\.ts)$/.test(file) && /['"]@ryggrad\//.test(readFileSync(join(installed, file), 'utf8')),
      );
      assert.deepEqual(internal, [], 'no bare @ryggrad/* specifier, in JavaScript or types');
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      assert.deepEqual(
        Object.keys(manifest.dependencies).sort(),
        ['@lit/react', 'lit'],
        'Lit and its React bridge are the only runtime dependencies',
      );
      assert.equal(manifest.customElements, 'custom-elements.json');
    });

    it('type-checks a consumer against the shipped types', () => {
      writeFileSync(
        join(project, 'check.ts'),
        `import 'ryggrad/red-flag-checklist.js';
import { CONTENT_VERSION, RyggSpineDiagram, triage } from 'ryggrad';
const checklist = document.createElement('rygg-red-flag-checklist');
checklist.flags = ['fever'];
const tier: 'emergency' | 'seek-help' | 'self-care' = checklist.triage.tier;
checklist.addEventListener('rygg-triage-change', (event) => console.log(event.detail.tier));
const diagram: RyggSpineDiagram = new RyggSpineDiagram();
const contentVersion: string = CONTENT_VERSION;
console.log(tier, diagram, triage(['urination']).tier, contentVersion);
`,
      );
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'ES2022',
            moduleResolution: 'bundler',
            strict: true,
            noEmit: true,
            lib: ['ES2022', 'DOM'],
            skipLibCheck: false,
          },
          files: ['check.ts'],
        }),
      );
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
        cwd: project,
        stdio: 'pipe',
      });
    });

    it('types tags and events after importing a class only and registering it', () => {
      writeFileSync(
        join(project, 'classes.ts'),
        `import { RyggSpineDiagram } from 'ryggrad';
RyggSpineDiagram.define('rygg-spine-diagram');
const diagram = document.querySelector('rygg-spine-diagram');
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typed: Same<typeof diagram, RyggSpineDiagram | null> = true;
console.log(typed);
diagram?.addEventListener('rygg-structure-select', (event) => {
  const id: string = event.detail.id;
  console.log(id);
});
`,
      );
      execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/typescript/bin/tsc'),
          ...['--target', 'ES2022', '--module', 'ES2022', '--moduleResolution', 'bundler', '--lib', 'ES2022,DOM'],
          ...['--strict', '--noEmit', 'classes.ts'],
        ],
        { cwd: project, stdio: 'pipe' },
      );
    });

    it('bundles one widget with rollup (tree-shaking the rest) and renders it in Chromium', async () => {
      writeFileSync(join(project, 'main.js'), "import 'ryggrad/red-flag-checklist.js';\n");
      const bundle = await rollup({
        input: join(project, 'main.js'),
        plugins: [nodeResolve({ rootDir: project, exportConditions: ['production'] })],
      });
      await bundle.write({ dir: join(project, 'public'), format: 'es', entryFileNames: 'main.js' });
      await bundle.close();
      const code = readdirSync(join(project, 'public'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFileSync(join(project, 'public', name), 'utf8'))
        .join('\n');
      assert.ok(code.includes('rygg-red-flag-checklist'));
      assert.ok(!code.includes('rygg-spine-diagram'), 'other widgets are not bundled');
      writeFileSync(
        join(project, 'public/index.html'),
        '<!doctype html><html lang="en"><title>t</title><rygg-red-flag-checklist></rygg-red-flag-checklist><script type="module" src="main.js"></script></html>',
      );
      const browser = await launchChromium();
      let app;
      try {
        app = await openServed(browser, join(project, 'public'));
        const { page, record } = app;
        await page.waitForFunction(
          () =>
            document.querySelector('rygg-red-flag-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]')
              .length >= 9,
          { timeout: 15000 },
        );
        const checkboxes = await page.$eval(
          'rygg-red-flag-checklist',
          (element) => element.shadowRoot.querySelectorAll('input[type="checkbox"]').length,
        );
        assert.ok(checkboxes >= 9);
        assert.deepEqual(record.errors, []);
        assert.deepEqual(record.pageErrors, []);
      } finally {
        await app?.close();
        await browser.close();
      }
    });
  },
);
