/** The Theming page's list of every widget's `::part`s and own tokens, read from custom-elements.json. */
import { describe, el } from '../site/dom.js';
import { WIDGET_TAGS } from '../theming/tokens.js';
import { elementApi } from './manifest-api.js';

export function renderPartsTable(container: HTMLElement, manifest: unknown): void {
  const rows: HTMLTableRowElement[] = [];
  const missing: string[] = [];
  for (const tag of WIDGET_TAGS) {
    const api = elementApi(manifest, tag);
    if (!api) {
      missing.push(tag);
      continue;
    }
    for (const part of api.parts) {
      rows.push(
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, el('code', {}, `${tag}::part(${part.name})`)),
          el('td', {}, describe(part.description)),
        ),
      );
    }
    for (const token of api.cssProperties) {
      rows.push(
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, el('code', {}, `${tag} { ${token.name} }`)),
          el('td', {}, describe(token.description)),
        ),
      );
    }
  }
  container.replaceChildren(
    el(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-labelledby': 'parts', tabindex: '0' },
      el(
        'table',
        { 'aria-labelledby': 'parts' },
        el(
          'thead',
          {},
          el('tr', {}, el('th', { scope: 'col' }, 'Selector'), el('th', { scope: 'col' }, 'What it styles')),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
  if (missing.length > 0) {
    container.append(
      el('p', { class: 'note' }, `Not yet in custom-elements.json: ${missing.map((tag) => `<${tag}>`).join(', ')}.`),
    );
  }
}
