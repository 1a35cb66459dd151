import { expect } from '@open-wc/testing';
import { apiHtml, describeHtml, partsTableHtml } from '../../src/api/api-html.js';

type Json = Record<string, unknown>;

/** Parses the written HTML the way the browser will, to read it back. */
function parse(html: string): HTMLElement {
  const template = document.createElement('template');
  // The docs' tests run without Trusted Types; the pages receive this HTML from the build.
  template.innerHTML = html;
  const box = document.createElement('div');
  box.append(template.content);
  return box;
}

const manifest = (declaration: Json): Json => ({ modules: [{ declarations: [declaration] }] });

const thing: Json = {
  kind: 'class',
  name: 'RyggThing',
  tagName: 'rygg-thing',
  customElement: true,
  attributes: [
    {
      name: 'size',
      fieldName: 'size',
      type: { text: "'s' | 'm'" },
      default: "'m'",
      description: 'How big, e.g. `<b>`.',
    },
  ],
  members: [
    { kind: 'field', name: 'size', attribute: 'size', type: { text: "'s' | 'm'" } },
    { kind: 'field', name: 'data', type: { text: 'Map<string, number>' }, description: 'Only in JavaScript.' },
  ],
  events: [{ name: 'rygg-thing-change', type: { text: 'CustomEvent' }, description: 'When it changes.' }],
  cssParts: [{ name: 'base', description: 'The box.' }],
  cssProperties: [{ name: '--rygg-thing-color', description: 'The colour.' }],
};

describe('apiHtml', () => {
  it('writes one table per kind of member, under headings of the asked level with ids', () => {
    const box = parse(apiHtml(manifest(thing), 'rygg-thing', 4));
    const headings = [...box.querySelectorAll('h4')].map((h) => [h.id, h.textContent]);
    expect(headings).to.deep.equal([
      ['rygg-thing-attributes', 'Attributes'],
      ['rygg-thing-properties', 'Properties'],
      ['rygg-thing-methods', 'Methods'],
      ['rygg-thing-events', 'Events'],
      ['rygg-thing-css-properties', 'CSS custom properties'],
      ['rygg-thing-parts', 'CSS parts'],
    ]);
    const rowNames = (kind: string) =>
      [...box.querySelectorAll(`[data-api-table="${kind}"] tbody th[scope="row"]`)].map((cell) => cell.textContent);
    expect(rowNames('attributes')).to.deep.equal(['size']);
    expect(rowNames('properties')).to.deep.equal(['data']);
    expect(rowNames('events')).to.deep.equal(['rygg-thing-change']);
    expect(rowNames('parts')).to.deep.equal(['base']);
    expect(box.querySelector('[data-api-table="methods"]')).to.equal(null);
    expect(box.querySelector('#rygg-thing-methods + p.api-empty')?.textContent).to.equal(
      'This element has no public methods.',
    );
  });

  it('labels every table and its scrolling box with its heading', () => {
    const box = parse(apiHtml(manifest(thing), 'rygg-thing'));
    for (const table of box.querySelectorAll('table')) {
      const id = table.getAttribute('aria-labelledby')!;
      expect(box.querySelector(`#${id}`)?.localName).to.equal('h3');
      expect(table.closest('[role="region"]')?.getAttribute('aria-labelledby')).to.equal(id);
      expect(table.closest('[role="region"]')?.getAttribute('tabindex')).to.equal('0');
    }
  });

  it('escapes every text, so types and descriptions show as written', () => {
    const box = parse(apiHtml(manifest(thing), 'rygg-thing'));
    const attributeRow = box.querySelector('[data-api-table="attributes"] tbody tr')!;
    expect([...attributeRow.children].map((cell) => cell.textContent)).to.deep.equal([
      'size',
      'How big, e.g. <b>.',
      "'s' | 'm'",
      "'m'",
    ]);
    expect(attributeRow.querySelector('b')).to.equal(null);
    expect(box.querySelector('[data-api-table="properties"] td:nth-child(3)')?.textContent).to.equal(
      'Map<string, number>',
    );
  });

  it('says so when the manifest does not describe the element', () => {
    const box = parse(apiHtml(undefined, 'rygg-missing'));
    expect(box.querySelector('p.note')?.textContent).to.contain('does not describe <rygg-missing>');
    expect(box.querySelector('table')).to.equal(null);
  });
});

describe('describeHtml', () => {
  it('sets backticked words in code and escapes the rest', () => {
    const box = parse(describeHtml('Use `a < b` & more'));
    expect(box.querySelector('code')?.textContent).to.equal('a < b');
    expect(box.textContent).to.equal('Use a < b & more');
  });
});

describe('partsTableHtml', () => {
  it('lists each widget’s parts and tokens, and names the widgets the manifest lacks', () => {
    const checklist = { ...thing, name: 'RedFlagChecklist', tagName: 'rygg-red-flag-checklist' };
    const box = parse(partsTableHtml(manifest(checklist)));
    expect([...box.querySelectorAll('tbody th')].map((cell) => cell.textContent)).to.deep.equal([
      'rygg-red-flag-checklist::part(base)',
      'rygg-red-flag-checklist { --rygg-thing-color }',
    ]);
    expect(box.querySelector('p.note')?.textContent).to.contain('<rygg-spine-diagram>');
  });
});
