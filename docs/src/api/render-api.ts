/**
 * Renders the API tables of one widget page from custom-elements.json. The rows come from
 * `elementApi` (the pure manifest reader); this file only turns them into accessible tables.
 */
import { describe, el, heading } from '../site/dom.js';
import { elementApi, type ElementApi } from './manifest-api.js';

interface Column<Row> {
  label: string;
  cell(row: Row): Node | string;
}

function code(value: string): Node | string {
  return value === '' ? '—' : el('code', {}, value);
}

function notes(...parts: (string | false)[]): Node {
  const fragment = document.createDocumentFragment();
  const text = parts.filter((part): part is string => Boolean(part)).join(' · ');
  if (text !== '') fragment.append(el('span', { class: 'api-note' }, text));
  return fragment;
}

function withNotes(description: string, ...parts: (string | false)[]): Node {
  const fragment = document.createDocumentFragment();
  fragment.append(describe(description));
  const extra = notes(...parts);
  if (extra.hasChildNodes()) fragment.append(' ', extra);
  return fragment;
}

function table<Row extends { name: string }>(
  kind: string,
  titleId: string,
  rows: Row[],
  columns: Column<Row>[],
): HTMLElement {
  const head = el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column.label)));
  const body = rows.map((row) =>
    el(
      'tr',
      {},
      ...columns.map((column, index) =>
        index === 0 ? el('th', { scope: 'row' }, column.cell(row)) : el('td', {}, column.cell(row)),
      ),
    ),
  );
  // A wide table scrolls inside its own box on a phone; the box is focusable so keyboard users can scroll it.
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': titleId, tabindex: '0' },
    el(
      'table',
      { class: 'api-table', 'data-api-table': kind, 'aria-labelledby': titleId },
      el('thead', {}, head),
      el('tbody', {}, ...body),
    ),
  );
}

interface Section {
  kind: string;
  title: string;
  /** A sentence before the table. */
  intro?: string;
  empty: string;
  content: (titleId: string) => HTMLElement | undefined;
}

function sections(api: ElementApi): Section[] {
  const inherited = (from: string) => from !== '' && `from ${from}`;
  return [
    {
      kind: 'attributes',
      title: 'Attributes',
      empty: 'This element has no attributes.',
      content: (id) =>
        api.attributes.length === 0
          ? undefined
          : table('attributes', id, api.attributes, [
              { label: 'Attribute', cell: (row) => code(row.name) },
              {
                label: 'Description',
                cell: (row) =>
                  withNotes(
                    row.description,
                    row.property !== '' && row.property !== row.name && `property ${row.property}`,
                    inherited(row.inheritedFrom),
                  ),
              },
              { label: 'Type', cell: (row) => code(row.type) },
              { label: 'Default', cell: (row) => code(row.default) },
            ]),
    },
    {
      kind: 'properties',
      title: 'Properties',
      // Attribute-backed properties are in the table above; this one lists what only JavaScript can set or read.
      intro:
        api.attributes.length > 0
          ? 'Every attribute above is also a property (the camelCase name shown with it). These are properties only:'
          : '',
      empty: 'This element has no properties beyond its attributes.',
      content: (id) => {
        const rows = api.properties.filter((row) => row.attribute === '');
        return rows.length === 0
          ? undefined
          : table('properties', id, rows, [
              { label: 'Property', cell: (row) => code(row.static ? `${api.className}.${row.name}` : row.name) },
              {
                label: 'Description',
                cell: (row) =>
                  withNotes(
                    row.description,
                    row.static && 'static',
                    row.readonly && 'read-only',
                    inherited(row.inheritedFrom),
                  ),
              },
              { label: 'Type', cell: (row) => code(row.type) },
              { label: 'Default', cell: (row) => code(row.default) },
            ]);
      },
    },
    {
      kind: 'methods',
      title: 'Methods',
      empty: 'This element has no public methods.',
      content: (id) =>
        api.methods.length === 0
          ? undefined
          : table('methods', id, api.methods, [
              {
                label: 'Method',
                cell: (row) => code(row.static ? `${api.className}.${row.signature}` : row.signature),
              },
              {
                label: 'Description',
                cell: (row) => withNotes(row.description, row.static && 'static', inherited(row.inheritedFrom)),
              },
            ]),
    },
    {
      kind: 'events',
      title: 'Events',
      empty: 'This element fires no events of its own.',
      content: (id) =>
        api.events.length === 0
          ? undefined
          : table('events', id, api.events, [
              { label: 'Event', cell: (row) => code(row.name) },
              { label: 'Type', cell: (row) => code(row.type) },
              { label: 'Description', cell: (row) => describe(row.description) },
            ]),
    },
    {
      kind: 'css-properties',
      title: 'CSS custom properties',
      empty: 'This element has no tokens of its own; it reads the global --rygg-* tokens (see Theming).',
      content: (id) =>
        api.cssProperties.length === 0
          ? undefined
          : table('css-properties', id, api.cssProperties, [
              { label: 'Property', cell: (row) => code(row.name) },
              {
                label: 'Description',
                cell: (row) => withNotes(row.description, row.default !== '' && `default ${row.default}`),
              },
            ]),
    },
    {
      kind: 'parts',
      title: 'CSS parts',
      empty: 'This element exposes no parts.',
      content: (id) =>
        api.parts.length === 0
          ? undefined
          : table('parts', id, api.parts, [
              { label: 'Part', cell: (row) => code(row.name) },
              { label: 'Description', cell: (row) => describe(row.description) },
            ]),
    },
    ...(api.slots.length === 0
      ? []
      : [
          {
            kind: 'slots',
            title: 'Slots',
            empty: '',
            content: (id: string) =>
              table('slots', id, api.slots, [
                { label: 'Slot', cell: (row) => code(row.name === '' ? '(default)' : row.name) },
                { label: 'Description', cell: (row) => describe(row.description) },
              ]),
          },
        ]),
  ];
}

/** Fills `container` with the API tables of `tagName`, or a clear note when the manifest lacks it. */
export function renderApi(
  container: HTMLElement,
  manifest: unknown,
  tagName: string,
  headingLevel = 3,
): ElementApi | undefined {
  const api = elementApi(manifest, tagName);
  container.replaceChildren();
  container.setAttribute('aria-busy', 'false');
  if (!api) {
    container.append(
      el(
        'p',
        { class: 'note' },
        `custom-elements.json does not describe <${tagName}> yet. Run `,
        el('code', {}, 'npm run build'),
        ' to generate it from the widget’s JSDoc.',
      ),
    );
    return undefined;
  }
  container.append(
    el(
      'p',
      {},
      'Generated from ',
      el('a', { href: './custom-elements.json' }, 'custom-elements.json'),
      ', which the build writes from the JSDoc of ',
      el('code', {}, api.className),
      '.',
    ),
  );
  for (const section of sections(api)) {
    const id = `${tagName}-${section.kind}`;
    container.append(heading(headingLevel, { id }, section.title));
    const content = section.content(id);
    if (content && section.intro) container.append(el('p', {}, section.intro));
    container.append(content ?? el('p', { class: 'api-empty' }, section.empty));
  }
  return api;
}
