// The performance page's figures, written into the page at build time (and by the dev server on
// every request) from docs/data/performance.json, so the page fetches nothing to show them:
//
//   <!-- rygg:performance -->   the budgets and every measured table
//
// The HTML comes from docs/src/performance/performance-html.ts (pure), bundled here with esbuild
// so Node can run the TypeScript; without a report it shows the budgets and how to measure.
import { existsSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

const REPORT = new URL('../data/performance.json', import.meta.url);

const { outputFiles } = buildSync({
  stdin: {
    contents:
      "export { performanceHtml } from './performance-html.ts'; export { performanceView } from './performance-view.ts';",
    resolveDir: new URL('../src/performance', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { performanceHtml, performanceView } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

/** `source` with its performance marker replaced by the figures of the report as it is now. */
export function fillPerformanceFigures(source) {
  if (!source.includes('<!-- rygg:performance -->')) return source;
  const report = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : undefined;
  return source.replace('<!-- rygg:performance -->', () => performanceHtml(performanceView(report)));
}
