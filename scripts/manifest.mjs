// Runs the Custom Elements Manifest analyzer with custom-elements-manifest.config.mjs, which also
// writes the editors' data; web-types.json then gets the package's own name and version.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { release } from './release.mjs';

const root = new URL('..', import.meta.url).pathname;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

const webTypesFile = `${root}packages/ryggrad/web-types.json`;
const webTypes = JSON.parse(readFileSync(webTypesFile, 'utf8'));
writeFileSync(webTypesFile, `${JSON.stringify({ ...webTypes, ...release() }, null, 2)}\n`);
