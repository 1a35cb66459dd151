// A TypeScript module with no static imports (core's token table, the widget registry), loaded in
// Node for the build scripts: esbuild strips the types, and the module is imported from a data URL.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const root = new URL('..', import.meta.url);

/** The exports of the module at `path` (relative to the repository). */
export async function typeScriptModule(path) {
  const { code } = transformSync(readFileSync(new URL(path, root), 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
