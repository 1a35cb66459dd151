/**
 * The API tables of the widget pages and the Theming page's parts list, as HTML written at build
 * time (docs/build/api-tables.mjs), so a page carries its own reference and never downloads the
 * whole custom-elements.json. The rows come from `elementApi` (the pure manifest reader); this
 * file only turns them into accessible tables. Every text is escaped.
 */
import { WIDGET_TAGS } from '../theming/tokens.js';
import { descriptionPieces, elementApi, type ElementApi } from './manifest-api.js';

export const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const code = (text: string): string => `<code>${escape(text)}</code>`;

/** A cell's code, or a dash for an empty value. */
const codeOrDash = (value: string): string => (value === '' ? '—' : code(value));

/** A JSDoc description, with `backticked` parts in <code>. */
export function describeHtml(description: string): string {
  return descriptionPieces(description)
    .map((piece) => (piece.code ? code(piece.text) : escape(piece.text)))
    .join('');
}

function withNotes(description: string, ...notes: (string | false)[]): string {
  const text = notes.filter((note): note is string => Boolean(note)).join(' · ');
  return describeHtml(description) + (text === '' ? '' : ` <span class="api-note">${escape(text)}</span>`);
}

interface Column<Row> {
  label: string;
  cell(row: Row): string;
}

/** A table that scrolls inside its own focusable box on a phone, so keyboard users can scroll it. */
export function scrollingTable(titleId: string, tableAttributes: string, head: string, rows: string[]): string {
  return (
    `<div class="table-scroll" role="region" aria-labelledby="${titleId}" tabindex="0">` +
    `<table ${tableAttributes}aria-labelledby="${titleId}"><thead><tr>${head}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

function table<Row>(kind: string, titleId: string, rows: readonly Row[], columns: Column<Row>[]): string {
  const head = columns.map((column) => `<th scope="col">${escape(column.label)}</th>`).join('');
  const body = rows.map(
    (row) =>
      `<tr>${columns
        .map((column, index) =>
          index === 0 ? `<th scope="row">${column.cell(row)}</th>` : `<td>${column.cell(row)}</td>`,
        )
        .join('')}</tr>`,
  );
  return scrollingTable(titleId, `class="api-table" data-api-table="${kind}" `, head, body);
}

interface Section {
  kind: string;
  title: string;
  /** A sentence before the table. */
  intro?: string;
  empty: string;
  content: (titleId: string) => string | undefined;
}

/** A section with a table of `rows`, or its `empty` sentence when there are none. */
function tableSection<Row>(
  kind: string,
  title: string,
  empty: string,
  rows: readonly Row[],
  columns: Column<Row>[],
  intro?: string,
): Section {
  return {
    kind,
    title,
    intro,
    empty,
    content: (id) => (rows.length === 0 ? undefined : table(kind, id, rows, columns)),
  };
}

function sections(api: ElementApi): Section[] {
  const inherited = (from: string) => from !== '' && `from ${from}`;
  const properties = api.properties.filter((row) => row.attribute === '');
  return [
    tableSection('attributes', 'Attributes', 'This element has no attributes.', api.attributes, [
      { label: 'Attribute', cell: (row) => codeOrDash(row.name) },
      {
        label: 'Description',
        cell: (row) =>
          withNotes(
            row.description,
            row.property !== '' && row.property !== row.name && `property ${row.property}`,
            inherited(row.inheritedFrom),
          ),
      },
      { label: 'Type', cell: (row) => codeOrDash(row.type) },
      { label: 'Default', cell: (row) => codeOrDash(row.default) },
    ]),
    tableSection(
      'properties',
      'Properties',
      'This element has no properties beyond its attributes.',
      properties,
      [
        { label: 'Property', cell: (row) => codeOrDash(row.static ? `${api.className}.${row.name}` : row.name) },
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
        { label: 'Type', cell: (row) => codeOrDash(row.type) },
        { label: 'Default', cell: (row) => codeOrDash(row.default) },
      ],
      // Attribute-backed properties are in the table above; this one lists what only JavaScript can set or read.
      api.attributes.length > 0
        ? 'Every attribute above is also a property (the camelCase name shown with it). These are properties only:'
        : '',
    ),
    tableSection('methods', 'Methods', 'This element has no public methods.', api.methods, [
      { label: 'Method', cell: (row) => codeOrDash(row.static ? `${api.className}.${row.signature}` : row.signature) },
      {
        label: 'Description',
        cell: (row) => withNotes(row.description, row.static && 'static', inherited(row.inheritedFrom)),
      },
    ]),
    tableSection('events', 'Events', 'This element fires no events of its own.', api.events, [
      { label: 'Event', cell: (row) => codeOrDash(row.name) },
      { label: 'Type', cell: (row) => codeOrDash(row.type) },
      { label: 'Description', cell: (row) => describeHtml(row.description) },
    ]),
    tableSection(
      'css-properties',
      'CSS custom properties',
      'This element has no tokens of its own; it reads the global --rygg-* tokens (see Theming).',
      api.cssProperties,
      [
        { label: 'Property', cell: (row) => codeOrDash(row.name) },
        {
          label: 'Description',
          cell: (row) => withNotes(row.description, row.default !== '' && `default ${row.default}`),
        },
      ],
    ),
    tableSection('parts', 'CSS parts', 'This element exposes no parts.', api.parts, [
      { label: 'Part', cell: (row) => codeOrDash(row.name) },
      { label: 'Description', cell: (row) => describeHtml(row.description) },
    ]),
    // Slots only where an element has any: most have none, and a heading saying so would be noise.
    ...(api.slots.length === 0
      ? []
      : [
          tableSection('slots', 'Slots', '', api.slots, [
            { label: 'Slot', cell: (row) => codeOrDash(row.name === '' ? '(default)' : row.name) },
            { label: 'Description', cell: (row) => describeHtml(row.description) },
          ]),
        ]),
  ];
}

/** The API tables of `tagName` under headings of `headingLevel`, or a clear note when the manifest lacks it. */
export function apiHtml(manifest: unknown, tagName: string, headingLevel = 3): string {
  const api = elementApi(manifest, tagName);
  if (!api)
    return (
      `<p class="note">custom-elements.json does not describe ${escape(`<${tagName}>`)} yet. ` +
      `Run <code>npm run build</code> to generate it from the widget’s JSDoc.</p>`
    );
  const level = Math.min(6, Math.max(2, headingLevel));
  const parts = [
    `<p>Generated from <a href="./custom-elements.json">custom-elements.json</a>, which the build writes from the JSDoc of ${code(api.className)}.</p>`,
  ];
  for (const section of sections(api)) {
    const id = `${tagName}-${section.kind}`;
    parts.push(`<h${level} id="${id}">${escape(section.title)}</h${level}>`);
    const content = section.content(id);
    if (content && section.intro) parts.push(`<p>${escape(section.intro)}</p>`);
    parts.push(content ?? `<p class="api-empty">${escape(section.empty)}</p>`);
  }
  return parts.join('\n');
}

/** Every widget's `::part`s and own tokens, for the Theming page. */
export function partsTableHtml(manifest: unknown): string {
  const rows: string[] = [];
  const missing: string[] = [];
  const row = (selector: string, description: string) =>
    `<tr><th scope="row">${code(selector)}</th><td>${describeHtml(description)}</td></tr>`;
  for (const tag of WIDGET_TAGS) {
    const api = elementApi(manifest, tag);
    if (!api) {
      missing.push(tag);
      continue;
    }
    for (const part of api.parts) rows.push(row(`${tag}::part(${part.name})`, part.description));
    for (const token of api.cssProperties) rows.push(row(`${tag} { ${token.name} }`, token.description));
  }
  const head = '<th scope="col">Selector</th><th scope="col">What it styles</th>';
  return (
    scrollingTable('parts', '', head, rows) +
    (missing.length === 0
      ? ''
      : `<p class="note">Not yet in custom-elements.json: ${escape(missing.map((tag) => `<${tag}>`).join(', '))}.</p>`)
  );
}
