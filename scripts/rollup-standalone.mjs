// Standalone files for pages that embed one widget in one language: dist/cdn/standalone/<tag>.<locale>.js
// holds Lit, core, the widget and that language's words in one file, so the page needs one request
// and no loader. What a widget shows only on demand (a close-up, a clinician's wording) and the other
// languages stay separate chunks beside it (standalone/chunks/<hash>/), loaded only if a page asks for them.
//
// How the words get into the file: each topic loader in content/src/load/ imports its topic in every
// language with a literal `import('../locales/<locale>/<topic>.js')`. For one language, `wordsInline(locale)` turns
// those into static imports, so the bundle holds them (only those the widget's code really uses:
// the rest is tree-shaken). A topic whose name extends another's (`red-flags-clinician` beside
// `red-flags`) is an optional part and stays a lazy chunk, as in the loader's chunk graph.
import { readdirSync } from 'node:fs';
import { loaderTopics } from './rollup-chunk-graph.mjs';
import { typeScriptModule } from './typescript-module.mjs';

const LOAD_MODULE = /\/packages\/content\/src\/load\/[\w-]+\.ts$/;
const CONTENT_IMPORT = /import\('\.\.\/locales\/(nb|nn|en)\/([\w-]+)\.js'\)/g;

/** The languages the content has: one folder each under packages/content/src/locales. */
export function contentLocales() {
  return readdirSync(new URL('../packages/content/src/locales', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every widget's tag and folder (`rygg-<folder>`), from widgets/registry.ts (its `load` functions are never called here). */
export async function registryWidgets() {
  const { WIDGET_REGISTRY } = await typeScriptModule('widgets/registry.ts');
  return WIDGET_REGISTRY.map(({ tag }) => ({ tag, folder: tag.replace(/^rygg-/, '') }));
}

/** The rollup plugin: the topic loaders of content/src/load/ with `locale`'s required words imported statically. */
export function wordsInline(locale) {
  return {
    name: 'standalone-words',
    transform(code, id) {
      if (!LOAD_MODULE.test(id.replaceAll('\\', '/'))) return null;
      const topics = new Set([...code.matchAll(CONTENT_IMPORT)].map((match) => match[2]));
      const optional = (topic) => [...topics].some((other) => other !== topic && topic.startsWith(`${other}-`));
      const wordsName = (topic) => `words_${topic.replaceAll('-', '_')}`;
      const imports = [];
      const transformed = code.replace(CONTENT_IMPORT, (call, language, topic) => {
        if (language !== locale || optional(topic)) return call;
        imports.push(`import * as ${wordsName(topic)} from '../locales/${language}/${topic}.js';`);
        return `Promise.resolve(${wordsName(topic)})`;
      });
      // Each loader whose words are now in the file hands them to core's cache of preloaded content,
      // as the module is evaluated: the element then renders its words in its first update, without
      // a loading box first.
      const remembered = [...loaderTopics([code])].flatMap(([loader, loaderTopicNames]) =>
        [...loaderTopicNames]
          .filter((topic) => !optional(topic))
          .map((topic) => `remember(${loader}, '${locale}', ${wordsName(topic)}.default);`),
      );
      if (remembered.length > 0) imports.push(`import { remember } from '@ryggrad/core';`);
      return { code: `${[...new Set(imports)].join('\n')}\n${transformed}\n${remembered.join('\n')}`, map: null };
    },
  };
}
