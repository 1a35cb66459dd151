// The CDN's chunks live in one folder named by their hash (scripts/rollup-chunk-folder.mjs): the
// hash follows every chunk, the move rewrites exactly the addresses that cross the folder's edge,
// and in the built CDN every address a file imports exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { chunkFolder, chunkFolderHash, moveAddresses } from '../../../scripts/rollup-chunk-folder.mjs';
import { REPO_ROOT, skipUnlessBuilt } from '../../../scripts/e2e-support.mjs';
import { contentLocales } from '../../../scripts/rollup-standalone.mjs';

describe('chunk folder', () => {
  const chunks = [
    { fileName: 'chunks/widget-a.js', code: 'export const a=1;' },
    { fileName: 'chunks/content-nb-a.js', code: 'export default {};' },
  ];

  it('names the folder by every chunk, in any order', () => {
    const hash = chunkFolderHash(chunks);
    assert.match(hash, /^[\da-f]{8}$/);
    assert.equal(chunkFolderHash([...chunks].reverse()), hash);
    assert.notEqual(chunkFolderHash([chunks[0], { ...chunks[1], code: 'export default {a:1};' }]), hash);
    assert.notEqual(chunkFolderHash([chunks[0], { ...chunks[1], fileName: 'chunks/content-nn-a.js' }]), hash);
  });

  it('rewrites only the addresses that cross the folder’s edge', () => {
    const moved = moveAddresses({
      entryCode:
        'import("./chunks/widget-a.js");new URL(`./chunks/${n}.js`,import.meta.url);const x=\'./chunks/b.js\';',
      chunkCodes: [
        'import{A as v}from"../ryggrad.js";import{b}from"./shared.js";import("./content-nb-a.js")',
        'import"../ryggrad.jsx";import"../other.js"',
      ],
      entry: 'ryggrad.js',
      folder: '0a1b2c3d',
    });
    assert.equal(
      moved.entryCode,
      'import("./chunks/0a1b2c3d/widget-a.js");new URL(`./chunks/0a1b2c3d/${n}.js`,import.meta.url);const x=\'./chunks/0a1b2c3d/b.js\';',
    );
    assert.deepEqual(moved.chunkCodes, [
      'import{A as v}from"../../ryggrad.js";import{b}from"./shared.js";import("./content-nb-a.js")',
      'import"../ryggrad.jsx";import"../other.js"',
    ]);
  });
});

describe('the built CDN', { skip: skipUnlessBuilt('dist/cdn/ryggrad.js', 'dist/cdn/standalone') }, () => {
  const cdn = join(REPO_ROOT, 'dist/cdn');
  const jsFiles = (dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'))
      .map((file) => join(dir, file));

  it('has one chunk folder beside the loader and one per standalone file', () => {
    assert.match(relative(cdn, chunkFolder(cdn)), /^chunks\/[\da-f]{8}$/);
    const standaloneFolders = readdirSync(join(cdn, 'standalone/chunks'));
    const standaloneFiles = readdirSync(join(cdn, 'standalone')).filter((name) => name.endsWith('.js'));
    assert.ok(standaloneFolders.length > 0 && standaloneFolders.length <= standaloneFiles.length);
    assert.ok(standaloneFolders.every((name) => /^[\da-f]{8}$/.test(name)));
  });

  it('finds every file a loader, standalone file or chunk imports', () => {
    const files = jsFiles(cdn);
    let addresses = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // Static and dynamic imports of relative addresses, as the minifier writes them.
      for (const [, address] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        addresses += 1;
        const target = join(dirname(file), address);
        assert.ok(existsSync(target), `${relative(cdn, file)} imports ${address}, which is not there`);
      }
    }
    assert.ok(addresses > files.length, `${addresses} addresses checked in ${files.length} files`);
  });

  it('finds every chunk the loader’s chunk graph starts', () => {
    const loader = readFileSync(join(cdn, 'ryggrad.js'), 'utf8');
    const literal = /JSON\.parse\('(\{.*?\})'\)/.exec(loader)?.[1];
    assert.ok(literal, 'the loader holds its chunk graph');
    // The string literal's escapes (\\ and \') undone: the JSON the loader parses.
    const graph = literal.replace(/\\([\\'])/g, '$1');
    // Each widget's [code, topics, parts], each part [when, code, topics]; words are content-<locale>-<topic>.
    const words = (topics) => contentLocales().flatMap((locale) => topics.map((topic) => `content-${locale}-${topic}`));
    const names = Object.values(JSON.parse(graph)).flatMap(([code, topics, parts]) => [
      ...code,
      ...words(topics),
      ...parts.flatMap(([, partCode, partTopics]) => [...partCode, ...words(partTopics)]),
    ]);
    assert.ok(names.length > 20, `${names.length} chunk names`);
    const folder = chunkFolder(cdn);
    for (const name of names)
      assert.ok(existsSync(join(folder, `${name}.js`)), `the graph names ${name}, which is not there`);
  });
});
