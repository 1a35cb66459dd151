// The performance page's figures, written into the page at build time (and by the dev server on
// every request) from docs/data/performance.json, so the page fetches nothing to show them:
//
//   <!-- rygg:performance -->   the budgets and every measured table
//
// The HTML comes from docs/src/performance/performance-html.ts and the rows from performance-view.ts
// (both pure, run in Node through typescript-module.mjs); without a report the page shows the
// budgets and how to measure.
import { existsSync, readFileSync } from 'node:fs';
import { importTypeScript } from './typescript-module.mjs';

const REPORT = new URL('../data/performance.json', import.meta.url);

const { performanceHtml } = await importTypeScript(new URL('../src/performance/performance-html.ts', import.meta.url));
const { performanceView } = await importTypeScript(new URL('../src/performance/performance-view.ts', import.meta.url));

/** `source` with its performance marker replaced by the figures of the report as it is now. */
export function fillPerformanceFigures(source) {
  if (!source.includes('<!-- rygg:performance -->')) return source;
  const report = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : undefined;
  return source.replace('<!-- rygg:performance -->', () => performanceHtml(performanceView(report)));
}
