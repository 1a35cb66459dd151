// `npm run bench`: runs every bench/*.bench.mjs in order against the built output (run
// `npm run build` first) and writes their figures to bench/results.json and docs/performance.md.
// Benchmarks measure; they never fail a build on timing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist'))) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync(join(root, 'bench')).filter((name) => name.endsWith('.bench.mjs')).sort();
const results = {};
for (const file of files) {
  const module = await import(join(root, 'bench', file));
  console.log(`\n▶ ${file}`);
  results[file.replace(/\.bench\.mjs$/, '')] = await module.run({ root });
}
writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
console.log(`\n${files.length} benchmark file(s) run; figures in bench/results.json`);
