// The CDN loader's chunk graph, written into the loader at build time: for every widget, the chunks
// its code needs, the chunks each language's words need, and the chunks of the parts it loads only
// when they are first shown (a close-up, a clinician's wording). With it the loader starts every
// chunk a tag needs at once when it sees the tag, instead of the browser finding them one import
// after another (loader → widget → shared code → words → common words: five round trips).
//
// The graph is computed from rollup's own chunk metadata in `generateBundle` (static `imports`
// and `dynamicImports`), and replaces the placeholder string CHUNK_GRAPH_PLACEHOLDER in the loader.
// Chunk names are written without their `chunks/` folder and `.js` ending, to keep the loader small.

export const CHUNK_GRAPH_PLACEHOLDER = '{"chunkGraph":"placeholder"}';

const CONTENT = /\/content\/src\/locales\/(nb|nn|en)\/([\w-]+)\.ts$/;
const WIDGET = /\/widgets\/([\w-]+)\/src\/define\.ts$/;
const VIEW = /\/widgets\/[\w-]+\/src\/[\w-]+-view\.ts$/;

const moduleOf = (chunk) => (chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '').replaceAll('\\', '/');

/**
 * The graph for every widget chunk the entry imports dynamically, keyed by tag
 * (widgets/<name>/src/define.ts defines rygg-<name>):
 *
 *   { 'rygg-x': { code: [...], words: { nb: [...], … }, later: [...], laterWords: { nb: [...], … } } }
 *
 * A language's words are the content chunks of that language the widget's code can import; one
 * whose topic extends another's name (`red-flags-clinician` beside `red-flags`) is an optional part
 * and goes to `laterWords`, as do views (`*-view.ts`) to `later`. Every list holds its chunks'
 * static imports too, but nothing the entry or an earlier list of the same tag already holds.
 */
export function chunkGraph(chunks, entry) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (files, known) => {
    const found = [];
    const visit = (file) => {
      if (known.has(file) || !byFile.has(file)) return;
      known.add(file);
      found.push(file);
      for (const next of byFile.get(file).imports) visit(next);
    };
    for (const file of files) visit(file);
    return found;
  };
  const graph = {};
  for (const widgetFile of entry.dynamicImports) {
    const widget = WIDGET.exec(moduleOf(byFile.get(widgetFile)));
    if (!widget) continue;
    const known = new Set([entry.fileName, ...entry.imports]);
    const code = closure([widgetFile], known);
    const dynamic = [...new Set(code.flatMap((file) => byFile.get(file).dynamicImports))];
    const content = dynamic.flatMap((file) => {
      const match = CONTENT.exec(moduleOf(byFile.get(file)));
      return match ? [{ file, locale: match[1], topic: match[2] }] : [];
    });
    const topics = new Set(content.map((item) => item.topic));
    const optional = (topic) => [...topics].some((other) => other !== topic && topic.startsWith(`${other}-`));
    const words = {};
    const laterWords = {};
    for (const locale of [...new Set(content.map((item) => item.locale))].sort()) {
      const mine = content.filter((item) => item.locale === locale);
      const wordsKnown = new Set(known);
      words[locale] = closure(
        mine.filter((item) => !optional(item.topic)).map((item) => item.file),
        wordsKnown,
      );
      laterWords[locale] = closure(
        mine.filter((item) => optional(item.topic)).map((item) => item.file),
        wordsKnown,
      );
    }
    const later = closure(
      dynamic.filter((file) => VIEW.test(moduleOf(byFile.get(file)))),
      new Set(known),
    );
    graph[`rygg-${widget[1]}`] = { code, words, later, laterWords };
  }
  return graph;
}

/** `chunks/widget-x-abc.js` → `widget-x-abc`, every name in the graph. */
export function shortNames(graph) {
  const short = (file) => file.replace(/^chunks\//, '').replace(/\.js$/, '');
  const perLocale = (lists) =>
    Object.fromEntries(Object.entries(lists).map(([locale, files]) => [locale, files.map(short)]));
  return Object.fromEntries(
    Object.entries(graph).map(([tag, { code, words, later, laterWords }]) => [
      tag,
      { code: code.map(short), words: perLocale(words), later: later.map(short), laterWords: perLocale(laterWords) },
    ]),
  );
}

/** The rollup plugin: writes the graph into the entry chunk in place of the placeholder. */
export function writeChunkGraph() {
  return {
    name: 'chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        // The minifier may have swapped the quotes: find the placeholder as a string literal either way.
        const placeholder = new RegExp(
          `(['"])${CHUNK_GRAPH_PLACEHOLDER.replace(/[{}]/g, '\\$&').replaceAll('"', '\\\\?"')}\\1`,
        );
        if (!placeholder.test(entry.code)) continue;
        const graph = JSON.stringify(shortNames(chunkGraph(chunks, entry)));
        entry.code = entry.code.replace(placeholder, () => JSON.stringify(graph));
      }
    },
  };
}
