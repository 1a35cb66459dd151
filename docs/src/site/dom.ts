/**
 * A few DOM helpers for the docs' own scripts. Everything is built with createElement and
 * textContent — never innerHTML — so the pages run under `require-trusted-types-for 'script'`.
 */
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
