// The CDN loader's chunk graph, written into the loader at build time: for every widget, the chunks
// its code needs, the topics of its words (a language's words are its `content-<locale>-<topic>`
// chunks), and the parts that some configurations show with the selector a tag matches then
// (widgets/registry.ts, CONFIGURED_PARTS). With it the loader starts every chunk a tag needs at
// once when it sees the tag, instead of the browser finding them one import after another
// (loader → widget → shared code → words → common words → a clinician's wording: six round trips).
// Parts that a reader's gesture asks for (a close-up, a result card) are the widget's to start.
//
// The graph is computed from rollup's own chunk metadata in `generateBundle` (static `imports`
// and `dynamicImports`), and replaces the placeholder string CHUNK_GRAPH_PLACEHOLDER in the loader.
// Chunk names are written without their `chunks/` folder and `.js` ending, to keep the loader small
// (the folder, chunks/<hash>/, is added after: scripts/rollup-chunk-folder.mjs).

import { typeScriptModule } from './typescript-module.mjs';

const CHUNK_GRAPH_PLACEHOLDER = '{"chunkGraph":"placeholder"}';

const CONTENT = /\/content\/src\/locales\/(nb|nn|en)\/([\w-]+)\.ts$/;
const WIDGET = /\/widgets\/([\w-]+)\/src\/define\.ts$/;
const LOAD_MODULE = /\/packages\/content\/src\/load\/[\w-]+\.ts$/;
const CONTENT_FILE = /^chunks\/content-(nb|nn|en)-([\w-]+)\.js$/;
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
 *   { 'red-flag-checklist': { code: [...], words: { nb: [...], … }, parts: [{ when, code: [...], words: { nb: [...], … } }] } }
 *
 * `code` is the widget chunk with its static imports. A language's words are the content chunks of
 * the topics the widget's own modules name a loader of (`codeOf(id)` gives a module's code), but not
 * a topic whose name extends another's (`red-flags-clinician` beside `red-flags`): that is an optional
 * part, which the widget loads if its configuration shows it. `parts` are the widget's configured
 * parts (`partsOf(tag)`), each made of content loaders and view modules. Every list holds its
 * chunks' static imports too, but nothing the entry or the widget's code and words already hold.
 */
function chunkGraph(chunks, entry, codeOf, partsOf) {
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
    const wordsOf = (topicNames, locale, knownBefore) =>
      closure(
        topicNames.flatMap((topic) => contentChunk.get(`${locale}/${topic}`) ?? []),
        new Set(knownBefore),
      );
    const words = Object.fromEntries(
      locales.map((locale) => [
        locale,
        wordsOf(
          [...topics].filter((topic) => !optional(topic)),
          locale,
          known,
        ),
      ]),
    );
    const parts = partsOf(`rygg-${widget[1]}`).map(({ when, loads }) => {
      const partTopics = [];
      const views = [];
      for (const name of loads) {
        const view = chunks.find((chunk) => moduleOf(chunk).endsWith(`/widgets/${widget[1]}/src/${name}.ts`));
        if (topicsOf.has(name)) partTopics.push(...topicsOf.get(name));
        else if (view) views.push(view.fileName);
        else throw new Error(`rygg-${widget[1]}'s configured part "${when}" loads "${name}": no such loader or view`);
      }
      return {
        when,
        code: closure(views, new Set(known)),
        words: Object.fromEntries(
          locales.map((locale) => [locale, wordsOf(partTopics, locale, [...known, ...words[locale]])]),
        ),
      };
    });
    graph[widget[1]] = { code, words, parts };
  }
  return graph;
}

/**
 * The graph as the loader reads it: each widget as a tuple `[code, topics, parts]`, each part as
 * `[when, code, topics]`; code chunks named without their `chunks/` folder and `.js` ending, words by
 * topic: the loader names a language's chunks `content-<locale>-<topic>`. (Names repeated between
 * widgets cost gzip a back-reference each: a table of names with indices came out larger.)
 */
function loaderGraph(graph) {
  const short = (file) => file.replace(/^chunks\//, '').replace(/\.js$/, '');
  // The same topics in every language, or the loader could not name the chunks from them.
  const topicsOf = (words) => {
    const lists = Object.entries(words).map(([locale, files]) =>
      files.map((file) => {
        const match = CONTENT_FILE.exec(file);
        if (!match || match[1] !== locale) throw new Error(`${file} is not named content-${locale}-<topic>.js`);
        return match[2];
      }),
    );
    const [first = []] = lists;
    if (lists.some((list) => list.join() !== first.join()))
      throw new Error(`the languages' words differ in topics: ${JSON.stringify(words)}`);
    return first;
  };
  return Object.fromEntries(
    Object.entries(graph).map(([folder, { code, words, parts }]) => [
      folder,
      [code.map(short), topicsOf(words), parts.map((part) => [part.when, part.code.map(short), topicsOf(part.words)])],
    ]),
  );
}

/** The rollup plugin: writes the graph into the entry chunk in place of the placeholder. */
export function writeChunkGraph() {
  /** The registry's configured parts by tag (widgets/registry.ts, CONFIGURED_PARTS). */
  let parts = {};
  return {
    name: 'chunk-graph',
    async buildStart() {
      ({ CONFIGURED_PARTS: parts } = await typeScriptModule('widgets/registry.ts'));
    },
    generateBundle(_options, bundle) {
      const codeOf = (id) => this.getModuleInfo(id)?.code ?? '';
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        // The minifier may have swapped the quotes: find the placeholder as a string literal either way.
        const placeholder = new RegExp(
          `(['"])${CHUNK_GRAPH_PLACEHOLDER.replace(/[{}]/g, '\\$&').replaceAll('"', '\\\\?"')}\\1`,
        );
        if (!placeholder.test(entry.code)) continue;
        // Between single quotes, so the JSON's many double quotes need no escape; its backslashes
        // (a selector's quotes, escaped by JSON) and any single quote do.
        const graph = JSON.stringify(loaderGraph(chunkGraph(chunks, entry, codeOf, (tag) => parts[tag] ?? [])));
        const literal = graph.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
        entry.code = entry.code.replace(placeholder, () => `'${literal}'`);
      }
    },
  };
}
