// The CDN loader's chunk graph, written into the loader at build time: for every widget, the chunks
// its code needs and the chunks each language's words need. With it the loader starts every chunk a
// tag needs at once when it sees the tag, instead of the browser finding them one import after
// another (loader → widget → shared code → words → common words: five round trips). The parts a
// widget shows only on demand (a close-up, a clinician's wording) are not in it: only the widget
// knows whether the page will show them, and it starts them itself.
//
// The graph is computed from rollup's own chunk metadata in `generateBundle` (static `imports`
// and `dynamicImports`), and replaces the placeholder string CHUNK_GRAPH_PLACEHOLDER in the loader.
// Chunk names are written without their `chunks/` folder and `.js` ending, to keep the loader small
// (the folder, chunks/<hash>/, is added after: scripts/rollup-chunk-folder.mjs).

const CHUNK_GRAPH_PLACEHOLDER = '{"chunkGraph":"placeholder"}';

const CONTENT = /\/content\/src\/locales\/(nb|nn|en)\/([\w-]+)\.ts$/;
const WIDGET = /\/widgets\/([\w-]+)\/src\/define\.ts$/;
const LOAD_MODULE = /\/packages\/content\/src\/load\/[\w-]+\.ts$/;
const TOPIC_IMPORT = /import\(["']\.\.\/locales\/(?:nb|nn|en)\/([\w-]+)\.js["']\)/g;

const slashes = (id) => id.replaceAll('\\', '/');
const moduleOf = (chunk) => slashes(chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '');

/**
 * The topics each content loader of content/src/load/*.ts imports (`loadRedFlags` → red-flags), read
 * from their code: every loader is one exported function with literal `import()`s of its topic.
 */
export function loaderTopics(loadCodes) {
  const topics = new Map();
  for (const block of loadCodes
    .join('\n')
    .split(/\bexport (?:async )?function /)
    .slice(1)) {
    const name = /^(\w+)/.exec(block)[1];
    topics.set(name, new Set([...block.matchAll(TOPIC_IMPORT)].map((match) => match[1])));
  }
  return topics;
}

/**
 * The graph for every widget chunk the entry imports dynamically, keyed by the widget's folder
 * (widgets/<folder>/src/define.ts, the registry's `folder`):
 *
 *   { 'red-flag-checklist': { code: [...], words: { nb: [...], … } } }
 *
 * `code` is the widget chunk with its static imports. A language's words are the content chunks of
 * the topics the widget's own modules name a loader of (`codeOf(id)` gives a module's code), but not
 * a topic whose name extends another's (`red-flags-clinician` beside `red-flags`): that is an optional
 * part, which the widget loads if its configuration shows it. Every list holds its chunks' static
 * imports too, but nothing the entry or the widget's code already holds.
 */
function chunkGraph(chunks, entry, codeOf) {
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
  const allModules = chunks.flatMap((chunk) => chunk.moduleIds);
  const topicsOf = loaderTopics(allModules.filter((id) => LOAD_MODULE.test(slashes(id))).map(codeOf));
  const contentChunk = new Map(
    chunks.flatMap((chunk) => {
      const match = CONTENT.exec(moduleOf(chunk));
      return match ? [[`${match[1]}/${match[2]}`, chunk.fileName]] : [];
    }),
  );
  const locales = [...new Set([...contentChunk.keys()].map((key) => key.split('/')[0]))].sort();

  const graph = {};
  for (const widgetFile of entry.dynamicImports) {
    const widget = WIDGET.exec(moduleOf(byFile.get(widgetFile)));
    if (!widget) continue;
    const known = new Set([entry.fileName, ...entry.imports]);
    const code = closure([widgetFile], known);
    // The loaders the widget's own modules name, wherever the bundler put those modules.
    const own = allModules.filter((id) => slashes(id).includes(`/widgets/${widget[1]}/src/`));
    const topics = new Set(
      own.flatMap((id) =>
        [...(codeOf(id) ?? '').matchAll(/\bload[A-Z]\w*/g)].flatMap((match) => [...(topicsOf.get(match[0]) ?? [])]),
      ),
    );
    const optional = (topic) => [...topics].some((other) => other !== topic && topic.startsWith(`${other}-`));
    const words = {};
    for (const locale of locales) {
      const files = [...topics]
        .filter((topic) => !optional(topic))
        .flatMap((topic) => contentChunk.get(`${locale}/${topic}`) ?? []);
      words[locale] = closure(files, new Set(known));
    }
    graph[widget[1]] = { code, words };
  }
  return graph;
}

/**
 * The graph as the loader reads it: each widget's lists as a tuple `[code, words]`,
 * every chunk named without its `chunks/` folder and `.js` ending. (Names repeated between widgets
 * cost gzip a back-reference each: a table of names with indices came out larger.)
 */
function loaderGraph(graph) {
  const short = (file) => file.replace(/^chunks\//, '').replace(/\.js$/, '');
  const perLocale = (lists) =>
    Object.fromEntries(Object.entries(lists).map(([locale, files]) => [locale, files.map(short)]));
  return Object.fromEntries(
    Object.entries(graph).map(([folder, { code, words }]) => [folder, [code.map(short), perLocale(words)]]),
  );
}

/** The rollup plugin: writes the graph into the entry chunk in place of the placeholder. */
export function writeChunkGraph() {
  return {
    name: 'chunk-graph',
    generateBundle(_options, bundle) {
      const codeOf = (id) => this.getModuleInfo(id)?.code ?? '';
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        // The minifier may have swapped the quotes: find the placeholder as a string literal either way.
        const placeholder = new RegExp(
          `(['"])${CHUNK_GRAPH_PLACEHOLDER.replace(/[{}]/g, '\\$&').replaceAll('"', '\\\\?"')}\\1`,
        );
        if (!placeholder.test(entry.code)) continue;
        // Chunk names and locales hold no quotes or backslashes, so the JSON goes in between single
        // quotes as it is, without escaping every double quote.
        const graph = JSON.stringify(loaderGraph(chunkGraph(chunks, entry, codeOf)));
        entry.code = entry.code.replace(placeholder, () => `'${graph}'`);
      }
    },
  };
}
