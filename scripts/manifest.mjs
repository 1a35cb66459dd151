// Runs the Custom Elements Manifest analyzer with custom-elements-manifest.config.mjs.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
