// Builds the npm package `ryggrad` into packages/ryggrad/dist, unbundled and unminified:
// one ES module per source file (esbuild), and one .d.ts per module (tsc). The repository's folder structure is kept
// (dist/packages/core/src/…, dist/widgets/…); package.json's "exports" gives consumers short names.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const SOURCE_DIRS = [
  'packages/core/src',
  'packages/content/src',
  'packages/ryggrad/src',
  ...readdirSync(join(root, 'widgets'))
    .filter((name) => statSync(join(root, 'widgets', name)).isDirectory())
    .map((name) => `widgets/${name}/src`),
];

function sources(dir, found = []) {
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) sources(path, found);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const entryPoints = SOURCE_DIRS.flatMap((dir) => sources(dir)).filter(
  (path) => !path.startsWith('packages/ryggrad/src/cdn/'),
);
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'packages/ryggrad/dist',
  outbase: '.',
  bundle: false,
  format: 'esm',
  target: 'es2021',
  tsconfig: 'tsconfig.json',
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
});

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const types = spawnSync(npx, ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
process.exit(types.status ?? 1);
