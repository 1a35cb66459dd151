// The release as npm would publish it (RELEASING.md): `npm publish --dry-run` succeeds, the
// tarball holds what users need and nothing else, the version has one source, and the
// changelog gives clinical wording changes their own section.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { clinicalSection } from '../../../scripts/changelog.mjs';
import { NPM, PACKAGE_DIR as packageDir, REPO_ROOT as root, skipUnlessBuilt } from '../../../scripts/e2e-support.mjs';

const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const skip = skipUnlessBuilt('packages/ryggrad/cdn/ryggrad.js', 'packages/ryggrad/README.md');

describe('npm publish --dry-run', { skip }, () => {
  const report = skip
    ? { files: [] }
    : Object.values(
        JSON.parse(
          execFileSync(NPM, ['publish', '--dry-run', '--json'], {
            cwd: packageDir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
          }),
        ),
      )[0];
  const files = report.files.map((file) => file.path);

  it('publishes the package under its one version', () => {
    assert.equal(report.name, 'ryggrad');
    assert.equal(report.version, packageJson.version);
  });

  it('contains the CDN build, the modules, the docs for npm and the API data', () => {
    for (const file of [
      'cdn/ryggrad.js',
      'dist/packages/ryggrad/src/index.js',
      'dist/packages/ryggrad/src/index.d.ts',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'web-types.json',
      'themes/neutral.css',
      'package.json',
    ])
      assert.ok(files.includes(file), `${file} is in the tarball`);
    assert.ok(
      files.some((file) => /^cdn\/chunks\/[\da-f]+\/widget-red-flag-checklist\.js$/.test(file)),
      'the CDN chunks',
    );
    assert.ok(files.includes(packageJson.jsdelivr.replace(/^\.\//, '')), 'the jsdelivr entry');
    assert.ok(files.includes(packageJson.unpkg.replace(/^\.\//, '')), 'the unpkg entry');
  });

  it('contains no tests, sources, templates or node_modules', () => {
    const unwanted = files.filter(
      (file) =>
        /(^|\/)(test|node_modules|src\/cdn)\//.test(file) ||
        /\.(test|e2e)\.\w+$/.test(file) ||
        (file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
        file.endsWith('.template.md') ||
        file.endsWith('.tgz'),
    );
    assert.deepEqual(unwanted, []);
  });

  it('has the fields a registry page and a CDN need', () => {
    for (const field of ['repository', 'homepage', 'bugs', 'engines', 'license'])
      assert.ok(packageJson[field], `${field} is set`);
    assert.equal(packageJson.license, 'MIT');
  });

  it('shows this version’s CDN address and the loader’s integrity hash in its README', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(packageDir, 'cdn/ryggrad.js')))
      .digest('base64')}`;
    assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/ryggrad@${packageJson.version}/cdn/ryggrad.js`));
    assert.ok(readme.includes(`integrity="${integrity}"`), 'the hash of the loader in the tarball');
    assert.ok(!/\{\{\w+\}\}/.test(readme), 'no placeholder left');
  });
});

describe('one version source', () => {
  it('core’s VERSION is the package’s version', () => {
    const source = readFileSync(join(root, 'packages/core/src/version.ts'), 'utf8');
    assert.equal(/VERSION = '([^']+)'/.exec(source)?.[1], packageJson.version);
  });

  it('no other tracked file writes the version', () => {
    const allowed = new Set([
      'package-lock.json',
      'packages/ryggrad/package.json',
      'packages/ryggrad/CHANGELOG.md',
      'packages/core/src/version.ts',
    ]);
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    const pattern = new RegExp(`(^|[^\\d.])${packageJson.version.replaceAll('.', '\\.')}(?![\\d.])`);
    const writers = tracked.filter(
      (file) =>
        !allowed.has(file) &&
        /\.(ts|mjs|js|cjs|json|html|md)$/.test(file) &&
        existsSync(join(root, file)) &&
        pattern.test(readFileSync(join(root, file), 'utf8')),
    );
    assert.deepEqual(writers, []);
  });
});

describe('the changelog', () => {
  const WITHOUT_CLINICAL = ['# ryggrad', '', '## 0.3.0', '', '### Patch Changes', '', '- A fix', ''];
  // A release before the newest: its clinical lines stay where they are.
  const OLDER_RELEASE = ['## 0.2.0', '', '### Patch Changes', '', '- [clinical] older line stays where it is', ''];
  const CASES = [
    {
      does: 'puts the newest release’s clinical wording changes in their own section, first',
      changelog: [
        '# ryggrad',
        '',
        '## 0.3.0',
        '',
        '### Minor Changes',
        '',
        '- [clinical] nb: section 6, `red-flags.fever` says "over 38 °C"',
        '  (the meaning is unchanged)',
        '- New part `summary`',
        '',
        '### Patch Changes',
        '',
        '- [clinical] en: typo in section 7',
        '',
        ...OLDER_RELEASE,
      ],
      expected: [
        '# ryggrad',
        '',
        '## 0.3.0',
        '',
        '### Clinical wording changes',
        '',
        '- nb: section 6, `red-flags.fever` says "over 38 °C"',
        '  (the meaning is unchanged)',
        '- en: typo in section 7',
        '',
        '### Minor Changes',
        '',
        '- New part `summary`',
        '',
        ...OLDER_RELEASE,
      ],
    },
    {
      does: 'leaves a release without clinical changes as it is',
      changelog: WITHOUT_CLINICAL,
      expected: WITHOUT_CLINICAL,
    },
  ];

  for (const { does, changelog, expected } of CASES) {
    it(does, () => {
      assert.equal(clinicalSection(changelog.join('\n')), expected.join('\n'));
    });
  }
});
