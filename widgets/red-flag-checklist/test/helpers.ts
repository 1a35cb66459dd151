// Shared by the checklist's test files: find things in the shadow root, click and type like a user.
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { loadTopic, type Locale, type RedFlagContent, type RedFlagResult } from '@ryggrad/content';
import type { RyggRedFlagChecklist } from '../src/red-flag-checklist.js';

export function root(element: RyggRedFlagChecklist): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

export function query<T extends Element = HTMLElement>(element: RyggRedFlagChecklist, selector: string): T {
  const found = root(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function maybe<T extends Element = HTMLElement>(element: RyggRedFlagChecklist, selector: string): T | null {
  return root(element).querySelector<T>(selector);
}

export function checkbox(element: RyggRedFlagChecklist, flagId: string): HTMLInputElement {
  const found = [...root(element).querySelectorAll<HTMLInputElement>('input[name^="flag-"]')].find(
    (input) => input.value === flagId,
  );
  if (!found) throw new Error(`no checkbox for ${flagId}`);
  return found;
}

export function noneCheckbox(element: RyggRedFlagChecklist): HTMLInputElement {
  return query<HTMLInputElement>(element, 'input[name="none-of-these"]');
}

export function labelOf(input: HTMLInputElement): HTMLLabelElement {
  const label = input.labels?.[0];
  if (!label) throw new Error(`checkbox ${input.value} has no label`);
  return label;
}

export function card(element: RyggRedFlagChecklist): HTMLElement | null {
  return maybe(element, '[part~="card"]');
}

/** The tier the visible result card shows, or undefined when there is none. */
export function shownTier(element: RyggRedFlagChecklist): string | undefined {
  return card(element)?.dataset.tier;
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks with the real mouse at the middle of an element (scrolled into view first). */
export async function clickAt(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  // Aim at the first line of text, left of centre, so long labels are hit on their words.
  const x = Math.round(box.left + Math.min(box.width / 2, 24));
  const y = Math.round(box.top + Math.min(box.height / 2, 10));
  await sendMouse({ type: 'click', position: [x, y] });
  await resetMouse();
}

/** Presses a key (`' '` for the space bar: Firefox's driver knows no "Space"). */
export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

/** The element that has focus inside the widget's shadow root. */
export function focused(element: RyggRedFlagChecklist): Element | null {
  return root(element).activeElement;
}

export function liveRegion(element: RyggRedFlagChecklist, politeness: 'polite' | 'assertive'): HTMLElement {
  return query(element, `[aria-live="${politeness}"]`);
}

const contentCache = new Map<Locale, Promise<RedFlagContent & RedFlagResult>>();

/** The content the widget shows, for expected texts (never hard-coded in the tests). */
export function content(locale: Locale): Promise<RedFlagContent & RedFlagResult> {
  let cached = contentCache.get(locale);
  if (!cached) {
    cached = loadTopic('red-flags', locale);
    contentCache.set(locale, cached);
  }
  return cached;
}

export const LOCALE_LIST: readonly Locale[] = ['nb', 'nn', 'en'];
