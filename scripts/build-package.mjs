// Builds the npm package `ryggrad` into packages/ryggrad/dist, unbundled and unminified:
//   - the modules: rollup with `preserveModules`, one ES module per source file, compiled by tsc
//     (@rollup/plugin-typescript). The internal workspaces (@ryggrad/core, @ryggrad/content) are
//     resolved at build time and written into the package as files of its own, with relative
//     imports; Lit stays external (the package's one dependency).
//   - the types: tsc emits one .d.ts per module beside them; its `@ryggrad/*` specifiers are then
//     pointed at those files, through the workspaces' own `exports` maps.
// So the tarball has no bare `@ryggrad/*` specifier left. The repository's folder structure is
// kept (dist/packages/core/src/…, dist/widgets/…); package.json's "exports" gives consumers
// short names. Why: ARCHITECTURE.md, "packages/ryggrad".
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { SOURCE_CONDITIONS } from './workspaces.mjs';

const root = new URL('..', import.meta.url).pathname;
const OUT = 'packages/ryggrad/dist';
const SRC = 'packages/ryggrad/src';

// The package's public modules: its index, all.ts, each widget's registration and class file.
const input = readdirSync(join(root, SRC), { recursive: true })
  .filter((path) => path.endsWith('.ts') && !path.startsWith('cdn'))
  .map((path) => `${SRC}/${path}`);
// Only the registration files (define.ts, the package's entry files) run anything on import.
const moduleSideEffects = (id, external) => !external && /\/define\.ts$|\/packages\/ryggrad\/src\//.test(id);

const modules = await rollup({
  input,
  external: (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id),
  treeshake: { moduleSideEffects },
  plugins: [
    nodeResolve({ exportConditions: SOURCE_CONDITIONS, rootDir: root }),
    // `npm run typecheck` checks the types; here tsc only compiles.
    typescript({ tsconfig: 'tsconfig.build.json', outDir: OUT, noCheck: true }),
  ],
});
await modules.write({
  dir: OUT,
  format: 'es',
  preserveModules: true,
  preserveModulesRoot: root,
  entryFileNames: '[name].js',
});
await modules.close();

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const types = spawnSync(
  npx,
  ['tsc', '-p', 'tsconfig.build.json', '--declaration', '--emitDeclarationOnly', '--outDir', OUT],
  { cwd: root, stdio: 'inherit' },
);
if (types.status !== 0) process.exit(types.status ?? 1);

/** `@ryggrad/<name>[/<subpath>]` → the emitted file its `exports` map names (under the condition). */
function workspaceFile(specifier) {
  const [, name, subpath] = /^@ryggrad\/([\w-]+)(\/[\w-]+)?$/.exec(specifier) ?? [];
  if (!name) return undefined;
  const { exports } = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  const target = exports[`.${subpath ?? ''}`]?.[SOURCE_CONDITIONS[0]];
  return target && join(root, OUT, 'packages', name, target.replace(/\.ts$/, '.js'));
}

for (const path of readdirSync(join(root, OUT), { recursive: true }).filter((file) => file.endsWith('.d.ts'))) {
  const file = join(root, OUT, path);
  const text = readFileSync(file, 'utf8').replace(/(['"])(@ryggrad\/[\w/-]+)\1/g, (whole, quote, specifier) => {
    const target = workspaceFile(specifier);
    if (!target) throw new Error(`${path}: ${specifier} is not a workspace export`);
    const relativePath = relative(dirname(file), target);
    return `${quote}${relativePath.startsWith('.') ? '' : './'}${relativePath}${quote}`;
  });
  writeFileSync(file, text);
}
