// Chunks named for what they are, in a folder named by one hash of them all:
// dist/cdn/chunks/<hash>/widget-red-flag-checklist.js (and standalone/chunks/<hash>/… per file).
//
// The folder keeps what a hash in every name gave: any change to any chunk gives the set another
// folder, and so another loader (or standalone file), so a page never mixes chunks of two builds and
// hosts can cache the folder forever. Why one hash rather than one per chunk: the loader names
// every chunk (its chunk graph and its imports), chunks name one another, and eight random
// characters per name are what gzip cannot compress: about 0.65 kB on a page with the checklist.
//
// Runs after every other plugin's generateBundle (the chunk graph is written with the names
// rollup gave): it moves the chunks and rewrites the two kinds of address that cross the folder's
// edge: the entry's `./chunks/…` and a chunk's `../<entry>.js`. Chunks import one another as
// siblings (`./x.js`), which the move keeps.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folder's name: a hash of every chunk's name and code, in name order. */
export function chunkFolderHash(chunks) {
  const hash = createHash('sha256');
  for (const { fileName, code } of [...chunks].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    hash.update(`${fileName}\0${code}\0`);
  }
  return hash.digest('hex').slice(0, 8);
}

/**
 * Rewrites the addresses that cross the folder's edge. `entry` is the entry's file name relative to
 * its own folder (`ryggrad.js`, `rygg-red-flag-checklist.nb.js`).
 */
export function moveAddresses({ entryCode, chunkCodes, entry, folder }) {
  const intoFolder = /(["'`])\.\/chunks\//g;
  const toEntry = new RegExp(`(["'\`])\\.\\./(${escape(entry)})\\1`, 'g');
  return {
    entryCode: entryCode.replace(intoFolder, `$1./chunks/${folder}/`),
    chunkCodes: chunkCodes.map((code) => code.replace(toEntry, '$1../../$2$1')),
  };
}

/** The rollup plugin, last in a build with one entry whose chunks go to `chunks/` beside it. */
export function chunksInOneFolder() {
  return {
    name: 'chunks-in-one-folder',
    generateBundle(_options, bundle) {
      const items = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entries = items.filter((chunk) => chunk.isEntry);
      if (entries.length !== 1) this.error(`expected one entry, found ${entries.length}`);
      const [entry] = entries;
      const base = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
      const chunks = items.filter((chunk) => chunk.fileName.startsWith(`${base}chunks/`));
      if (chunks.length === 0) return;
      const folder = chunkFolderHash(chunks);
      const moved = moveAddresses({
        entryCode: entry.code,
        chunkCodes: chunks.map((chunk) => chunk.code),
        entry: entry.fileName.slice(base.length),
        folder,
      });
      entry.code = moved.entryCode;
      chunks.forEach((chunk, index) => {
        // Rollup's chunks cannot be renamed in place: each goes out again as a file of its own.
        delete bundle[chunk.fileName];
        this.emitFile({
          type: 'asset',
          fileName: `${base}chunks/${folder}/${chunk.fileName.slice(`${base}chunks/`.length)}`,
          source: moved.chunkCodes[index],
        });
      });
    },
  };
}

/** The folder a built `chunks/` holds (dist/cdn/chunks/<hash>/), for benchmarks and tests that read the files. */
export function chunkFolder(dir) {
  const folders = readdirSync(join(dir, 'chunks'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  if (folders.length !== 1)
    throw new Error(`${dir}/chunks holds ${folders.length} folders; expected the one of a build`);
  return join(dir, 'chunks', folders[0].name);
}
