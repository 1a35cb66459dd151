/**
 * The CDN loader: the one script a health site includes.
 *
 *   <script type="module" src="https://cdn.jsdelivr.net/npm/ryggrad@VERSION/cdn/ryggrad.js"></script>
 *
 * It registers nothing up front. It looks for Ryggrad tags on the page (now and whenever new
 * ones are added) and imports only those widgets' code; each widget then imports only its own
 * language's content. Chunks are resolved relative to this file's URL, so the build works from
 * any origin or path.
 */
import { LOAD_FAILED, VERSION, localeOf } from '@ryggrad/core';
import { WIDGET_REGISTRY, registrationOf } from '../../../../widgets/registry.js';

const SELECTOR = WIDGET_REGISTRY.map((widget) => widget.tag).join(',');

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

function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  const widget = registrationOf(tag);
  if (!widget) return;
  started.set(
    tag,
    widget.load().catch((error: unknown) => {
      defineFailure(tag, error);
    }),
  );
}

/** Imports every Ryggrad widget used under `root` that is not yet defined. */
export function discover(root: ParentNode = document): void {
  if (root instanceof Element && root.matches(SELECTOR)) load(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) load(element.localName);
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
