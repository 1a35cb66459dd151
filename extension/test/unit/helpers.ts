import { expect, waitUntil } from '@open-wc/testing';
import type { WidgetEntry } from '../../src/widgets.js';
import { WIDGETS } from '../../src/widgets.js';
import { TestWidget } from './fake-platform.js';

/** Loads the extension's real stylesheets into the test page, so axe checks the real colours. */
export async function loadPageStyles(...paths: string[]): Promise<void> {
  for (const path of paths) {
    const href = new URL(`../../src/${path}`, import.meta.url).href;
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
    });
    document.head.append(link);
    await loaded;
  }
}

let counter = 0;

/**
 * The real catalogue (ids, message keys, keywords, attributes) with stand-in elements, so panel
 * logic is tested without the real widgets. `broken` ids fail to load, as a missing chunk would.
 */
export function testCatalogue(broken: readonly string[] = []): WidgetEntry[] {
  counter += 1;
  return WIDGETS.map((widget) => {
    const tag = `rygg-test-${widget.id}-${counter}`;
    return {
      ...widget,
      tag,
      load: async () => {
        if (broken.includes(widget.id)) throw new Error(`chunk for ${widget.id} is missing`);
        if (!customElements.get(tag)) customElements.define(tag, class extends TestWidget {});
      },
    };
  });
}

/** The widget elements in a panel's stage, by tag, and the one that is showing. */
export function stageOf(panel: HTMLElement): { all: HTMLElement[]; visible: HTMLElement | undefined } {
  const all = [...(panel.querySelector('.stage')?.children ?? [])] as HTMLElement[];
  return { all, visible: all.find((element) => !element.hidden) };
}

export async function visibleWidget(panel: HTMLElement, idPart: string): Promise<HTMLElement> {
  await waitUntil(() => stageOf(panel).visible?.localName.includes(idPart), `the ${idPart} widget never showed`);
  const visible = stageOf(panel).visible;
  if (!visible) throw new Error('no visible widget');
  return visible;
}

export function control<T extends HTMLElement = HTMLInputElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  expect(found, `no element matches ${selector}`).to.not.equal(null);
  return found as T;
}
