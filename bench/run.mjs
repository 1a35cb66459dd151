// `npm run bench`: runs every bench/*.bench.mjs in order against the built output (run
// `npm run build` first) and writes their figures to bench/results.json and docs/data/performance.json.
// `npm run bench -- network render` runs only those; the other figures are kept from the last run.
// Benchmarks measure; they never fail a build on timing.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist'))) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.bench\.mjs$/, '')))
  .sort();
const published = join(root, 'docs/data/performance.json');
const results = only.length > 0 && existsSync(published) ? JSON.parse(readFileSync(published, 'utf8')).results : {};
for (const file of files) {
  const module = await import(join(root, 'bench', file));
  console.log(`\n▶ ${file}`);
  results[file.replace(/\.bench\.mjs$/, '')] = await module.run({ root });
}
const report =
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, Node ${process.version}`,
      results,
    },
    null,
    2,
  ) + '\n';
writeFileSync(join(root, 'bench/results.json'), report);
// The docs' performance page shows the same figures.
mkdirSync(join(root, 'docs/data'), { recursive: true });
writeFileSync(published, report);
console.log(`\n${files.length} benchmark file(s) run; figures in bench/results.json and docs/data/performance.json`);
