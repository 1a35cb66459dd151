#!/usr/bin/env node
// Checks that Ryggrad's content is written in its own words: no run of 9 or more consecutive
// words in a locale file may be identical to the brochure it is based on.
//
//   node packages/content/scripts/check-own-words.mjs [--min 9] [--locales nb,nn,en]
//
// Reads the brochure from ../shared/seed/*.txt next to the repository root (skips with a notice
// when it is not there), extracts the string literals of packages/content/src/locales/<locale>/*.ts
// and packages/content/src/*.ts, and every text of docs/data/clinical-changelog.json, and reports every run. Exit code 1 when any run is found.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const repoRoot = resolve(packageRoot, '../..');

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const MIN = Number(option('min', '9'));
const locales = option('locales', 'nb,nn,en').split(',');

// The brochure's title is cited on purpose (source lines, the default rule set); it is written
// once, in src/source.ts, and must be the brochure's own title word for word.
const sourceModule = readFileSync(join(packageRoot, 'src/source.ts'), 'utf8');
const title = /^export const SOURCE_TITLE = '([^']+)';$/m.exec(sourceModule)?.[1];
if (!title) {
  console.error('check-own-words: found no SOURCE_TITLE in src/source.ts.');
  process.exit(1);
}

const seedDir = resolve(repoRoot, '../shared/seed');
if (!existsSync(seedDir)) {
  console.log(`check-own-words: no brochure at ${seedDir}; nothing to check.`);
  process.exit(0);
}
const seedFiles = readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
if (seedFiles.length === 0) {
  console.log(`check-own-words: no .txt file in ${seedDir}; nothing to check.`);
  process.exit(0);
}

/** Lower-cased words (letters and digits), hyphenated line breaks joined. */
function tokenize(text) {
  return (
    text
      .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const brochureTokens = seedFiles.flatMap((name) => tokenize(readFileSync(join(seedDir, name), 'utf8')));
// The cited title must be the brochure's real title, word for word.
if (!brochureTokens.join(' ').includes(tokenize(title).join(' '))) {
  console.error(`check-own-words: SOURCE_TITLE "${title}" is not the brochure's title.`);
  process.exit(1);
}

const brochureGrams = new Set();
for (let i = 0; i + MIN <= brochureTokens.length; i++) {
  brochureGrams.add(brochureTokens.slice(i, i + MIN).join(' '));
}

/**
 * The string literals of a TypeScript file ('…', "…", `…` without substitutions), comments
 * skipped, each with its line and source range.
 */
function stringLiterals(source) {
  const found = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2);
      if (i < 0) break;
      i += 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          value += source[j + 1] ?? '';
          j += 2;
        } else {
          value += source[j];
          j += 1;
        }
      }
      found.push({ value, line: source.slice(0, i).split('\n').length, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    i += 1;
  }
  return found;
}

/**
 * Joins literals concatenated with `+` into one text, so a sentence split over lines is checked
 * as a whole; other literals are checked on their own.
 */
function texts(source) {
  const out = [];
  for (const literal of stringLiterals(source)) {
    const previous = out[out.length - 1];
    if (previous && /^\s*\+\s*$/.test(source.slice(previous.end, literal.start))) {
      previous.value += literal.value;
      previous.end = literal.end;
    } else {
      out.push({ ...literal });
    }
  }
  return out;
}

// The locale folders, plus the package's own top-level sources (SOURCE, DEFAULT_RULES' source line).
const dirs = [...locales.map((locale) => join(packageRoot, 'src/locales', locale)), join(packageRoot, 'src')];

let problems = 0;
let checked = 0;

/** Reports every run of MIN or more words of `value` that stands in the brochure; `where` names the text. */
function checkText(where, value) {
  checked += 1;
  const tokens = tokenize(value);
  let i = 0;
  while (i + MIN <= tokens.length) {
    if (!brochureGrams.has(tokens.slice(i, i + MIN).join(' '))) {
      i += 1;
      continue;
    }
    let end = i + MIN;
    while (end < tokens.length && brochureGrams.has(tokens.slice(end - MIN + 1, end + 1).join(' '))) end += 1;
    problems += 1;
    console.log(`${where}: ${end - i} words as in the brochure: "${tokens.slice(i, end).join(' ')}"`);
    i = end;
  }
}

for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const file = join(dir, name);
    for (const text of texts(readFileSync(file, 'utf8')))
      checkText(`${relative(repoRoot, file)}:${text.line}`, text.value);
  }
}

// The clinical changelog quotes wording before and after each change: it is published too.
const changelog = join(repoRoot, 'docs/data/clinical-changelog.json');
function checkJson(value, path) {
  if (typeof value === 'string') checkText(`${relative(repoRoot, changelog)} ${path}`, value);
  else if (Array.isArray(value)) value.forEach((item, index) => checkJson(item, `${path}[${index}]`));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) checkJson(item, `${path}.${key}`);
}
if (existsSync(changelog)) checkJson(JSON.parse(readFileSync(changelog, 'utf8')), '');

if (problems > 0) {
  console.log(`check-own-words: ${problems} run(s) of ${MIN} or more words copied from the brochure.`);
  process.exit(1);
}
console.log(
  `check-own-words: ${checked} texts (locales ${locales.join(', ')}, src/*.ts and the clinical changelog) checked; no run of ${MIN} or more words from the brochure.`,
);
