/**
 * The CDN loader: the one script a health site includes.
 *
 *   <script type="module" src="https://cdn.jsdelivr.net/npm/ryggrad@VERSION/cdn/ryggrad.js"></script>
 *
 * It registers nothing up front. It looks for Ryggrad tags on the page (now and whenever new
 * ones are added) and imports only those widgets' code; each widget then imports only its own
 * language's content. Chunks are resolved relative to this file's URL, so the build works from
 * any origin or path.
 *
 * The CDN build writes the chunk graph into this file (scripts/rollup-chunk-graph.mjs): when the
 * loader sees a tag it starts every chunk that widget and its language need at once, with the parts
 * the tag's attributes ask for (a clinician's wording, a close-up), instead of the browser finding
 * them one import after another. Parts a reader's gesture asks for are the widget's to start. Run
 * from source, the graph is empty and the widgets import what they need as usual.
 */
import { LOAD_FAILED, VERSION, localeOf } from '@ryggrad/core';
import { WIDGET_REGISTRY, registrationOf } from '../../../../widgets/registry.js';

const SELECTOR = WIDGET_REGISTRY.map((widget) => widget.tag).join(',');

/**
 * A part that some configurations show: the selector a tag matches then, the part's code chunks
 * (named without their folder and `.js`) and the topics of its words.
 */
type ConfiguredPart = [when: string, code: string[], topics: string[]];

/** A widget's chunks: its code, the topics of its words, and its configured parts. */
type WidgetChunks = [code: string[], topics: string[], parts: ConfiguredPart[]];

// Replaced by the CDN build with the real graph, keyed by widget folder (the tag without `rygg-`).
const GRAPH = JSON.parse('{"chunkGraph":"placeholder"}') as Record<string, WidgetChunks | undefined>;

const chunksOf = (tag: string): WidgetChunks | undefined =>
  registrationOf(tag) ? GRAPH[tag.replace(/^rygg-/, '')] : undefined;

const startedChunks = new Set<string>();

/** A language's chunks of the given topics, as the build names them. */
const words = (topics: readonly string[], locale: string): string[] =>
  topics.map((topic) => `content-${locale}-${topic}`);

/** Starts the download (and evaluation) of `files` now, all in parallel; modules only declare things. */
function startChunks(files: readonly string[] = []): void {
  for (const file of files) {
    if (startedChunks.has(file)) continue;
    startedChunks.add(file);
    // A failure shows where the widget imports the chunk itself (its error box), so ignore it here.
    import(new URL(`./chunks/${file}.js`, import.meta.url).href).catch(() => undefined);
  }
}

interface LoaderMarker {
  version: string;
}

const started = new Map<string, Promise<unknown>>();

/**
 * Keeps the tag usable when its code cannot be fetched: a tiny element that says so in the
 * reader's language, instead of an empty gap and an exception in the host's console.
 */
function defineFailure(tag: string, error: unknown): void {
  console.error(`[ryggrad] the code for <${tag}> could not be loaded`, error);
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        if (this.shadowRoot) return;
        const box = document.createElement('p');
        box.setAttribute('role', 'alert');
        box.setAttribute('part', 'error');
        const words = LOAD_FAILED[localeOf(this)];
        box.textContent = `${words.failed} ${words.reload}`;
        this.attachShadow({ mode: 'open' }).append(box);
      }
    },
  );
}

function load(element: Element): void {
  const tag = element.localName;
  if (customElements.get(tag)) return;
  const [code, topics = [], parts = []] = chunksOf(tag) ?? [];
  const locale = localeOf(element);
  // Every language on the page gets its words, even when the widget's code is already on its way;
  // so does every part an element's attributes ask for.
  startChunks(words(topics, locale));
  for (const [when, partCode, partTopics] of parts) {
    if (!element.matches(when)) continue;
    startChunks(partCode);
    startChunks(words(partTopics, locale));
  }
  if (started.has(tag)) return;
  const widget = registrationOf(tag);
  if (!widget) return;
  startChunks(code);
  started.set(
    tag,
    widget.load().catch((error: unknown) => {
      defineFailure(tag, error);
    }),
  );
}

/** Imports every Ryggrad widget used under `root` that is not yet defined. */
export function discover(root: ParentNode = document): void {
  if (root instanceof Element && root.matches(SELECTOR)) load(root);
  for (const element of root.querySelectorAll(SELECTOR)) load(element);
}

/** Resolves when every widget found so far is defined (or has shown that its code failed to load). */
export async function ready(): Promise<void> {
  await Promise.all(started.values());
}

function start(): void {
  const global = globalThis as typeof globalThis & { __ryggradLoader?: LoaderMarker };
  const first = global.__ryggradLoader;
  if (first) {
    // A second copy of the loader on the same page: leave the page to the first one.
    console.warn(
      `[ryggrad] the loader is included twice on this page (versions ${first.version} and ${VERSION}); ` +
        `version ${first.version} is used. Remove one of the script tags.`,
    );
    return;
  }
  global.__ryggradLoader = { version: VERSION };
  discover();
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();
