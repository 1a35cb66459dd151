// A tiny rollup plugin: copies a folder's static files (HTML, CSS, images) beside a build.
// `transform(relativePath, text)` may rewrite text files on the way (e.g. the docs' page shell).
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `dir`, as paths that start with `dir`. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export function copyStatic({ from, to, include, exclude, transform }) {
  return {
    name: 'copy-static',
    writeBundle() {
      for (const file of filesUnder(from)) {
        const rel = relative(from, file);
        if (!include.test(rel) || (exclude && exclude.test(rel))) continue;
        const target = join(to, rel);
        mkdirSync(dirname(target), { recursive: true });
        const rewritten = transform?.(rel, readFileSync(file, 'utf8'));
        if (typeof rewritten === 'string') writeFileSync(target, rewritten);
        else cpSync(file, target);
      }
    },
  };
}
