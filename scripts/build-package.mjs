// Builds the npm package `ryggrad` into packages/ryggrad/dist, unbundled and unminified, with
// rollup's `preserveModules`: one ES module per source file, compiled by tsc
// (@rollup/plugin-typescript), and one .d.ts per entry module (rollup-plugin-dts). The internal
// workspaces (@ryggrad/core, @ryggrad/content) are resolved at build time and written into the
// package as files of its own, so the tarball has no bare `@ryggrad/*` specifier left, in the
// JavaScript or in the types; Lit stays external (the package's one dependency).
// The repository's folder structure is kept (dist/packages/core/src/…, dist/widgets/…);
// package.json's "exports" gives consumers short names. See ARCHITECTURE.md.
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { SOURCE_CONDITIONS } from './workspaces.mjs';

const root = new URL('..', import.meta.url).pathname;
const OUT = 'packages/ryggrad/dist';
const SRC = 'packages/ryggrad/src';

// The package's public modules: its index, all.ts, each widget's registration and class file.
const input = readdirSync(`${root}${SRC}`, { recursive: true })
  .filter((path) => path.endsWith('.ts') && !path.startsWith('cdn'))
  .map((path) => `${SRC}/${path}`);
const external = (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id);
const resolve = () => nodeResolve({ exportConditions: SOURCE_CONDITIONS, rootDir: root });
// rollup-plugin-dts names the workspaces by their link in node_modules; the files go where the
// modules' own files go (dist/packages/<name>/…), as npm never packs a node_modules folder.
const fileName = (extension) => (chunk) =>
  `${chunk.name.replace(/^node_modules\/@ryggrad\//, 'packages/')}${extension}`;
const output = { dir: OUT, format: 'es', preserveModules: true, preserveModulesRoot: root };
// Only the registration files (define.ts, the package's entry files) run anything on import.
const moduleSideEffects = (id, external) => !external && /\/define\.ts$|\/packages\/ryggrad\/src\//.test(id);

const modules = await rollup({
  input,
  external,
    treeshake: { moduleSideEffects },
  plugins: [resolve(), typescript({ tsconfig: 'tsconfig.build.json', outDir: OUT, noEmitOnError: true })],
});
await modules.write({ ...output, entryFileNames: fileName('.js') });
await modules.close();

const types = await rollup({
  input,
  external,
  plugins: [resolve(), dts({ tsconfig: 'tsconfig.build.json', includeExternal: ['@ryggrad/core', '@ryggrad/content'] })],
});
await types.write({ ...output, entryFileNames: fileName('.d.ts') });
await types.close();
