// The facts every published text states about a release, from their one source: the version in
// packages/ryggrad/package.json. The docs pages (docs/build/page-shell.mjs), the package's README
// (scripts/build.mjs) and the extension's manifest read them here, so a release changes one file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const packageJson = new URL('../packages/ryggrad/package.json', import.meta.url);

/** The package's name and version, e.g. { name: 'ryggrad', version: 'X.Y.Z' }. */
export function release() {
  const { name, version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return { name, version };
}

/** The jsDelivr address of a file in the published package's cdn/ folder, e.g. cdnUrl('ryggrad.js'). */
export function cdnUrl(file) {
  const { name, version } = release();
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/cdn/${file}`;
}

/**
 * The Subresource Integrity value of the built loader (sha384, base64), or undefined before the
 * first build. It covers the loader only: the loader imports its chunks from a folder named by
 * their content hash, so a changed chunk has another address.
 */
export function loaderIntegrity(file = new URL('../dist/cdn/ryggrad.js', import.meta.url)) {
  if (!existsSync(file)) return undefined;
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
