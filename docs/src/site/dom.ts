/**
 * A few DOM helpers for the docs' own scripts. Everything is built with createElement and
 * textContent — never innerHTML — so the pages run under `require-trusted-types-for 'script'`.
 */
import { descriptionPieces } from '../api/manifest-api.js';

type Child = Node | string | null | undefined | false;

/** `el('td', { class: 'x' }, 'text', otherNode)`; attributes are set with setAttribute. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A JSDoc description as text, with `backticked` parts in <code>. */
export function describe(description: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of descriptionPieces(description)) {
    fragment.append(piece.code ? el('code', {}, piece.text) : piece.text);
  }
  return fragment;
}

/** A heading of the given level (2–6). */
export function heading(
  level: number,
  attributes: Record<string, string | undefined>,
  ...children: Child[]
): HTMLHeadingElement {
  const tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return el(tag, attributes, ...children);
}
