// Loads a docs/src TypeScript module in Node for the build: esbuild bundles it (with what it
// imports) into one ES module, which is imported from a data: URL. The pure renderers of the API
// tables and the performance figures run this way, so the HTML written at build time and their
// browser unit tests share one source.
import { buildSync } from 'esbuild';

/** The exports of the TypeScript module at `url`. */
export async function importTypeScript(url) {
  const { outputFiles } = buildSync({
    entryPoints: [url.pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // The widget registry (read for its tags) names every widget's code; these renderers need none of it.
    external: ['*/src/define.js'],
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
