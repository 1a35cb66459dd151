import { expect } from '@open-wc/testing';
import { classNameForTag, descriptionPieces, elementApi } from '../../src/api/manifest-api.js';
import { WIDGET_TAGS } from '../../src/theming/tokens.js';

/** The parts of custom-elements.json these tests read. */
interface RawMember {
  name: string;
  fieldName?: string;
  description?: string;
  privacy?: string;
}
interface RawDeclaration {
  name: string;
  attributes: RawMember[];
  members: RawMember[];
  cssParts?: { name: string }[];
}
interface RawManifest {
  modules: { declarations?: RawDeclaration[] }[];
}

async function realManifest(): Promise<RawManifest> {
  const response = await fetch('/packages/ryggrad/custom-elements.json');
  expect(response.ok, 'packages/ryggrad/custom-elements.json is missing: run `npm run build`').to.equal(true);
  return (await response.json()) as RawManifest;
}

/** The raw declaration, found the simple way (by class name), to compare the rows with. */
function rawDeclaration(manifest: RawManifest, tag: string): RawDeclaration | undefined {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.name === classNameForTag(tag));
}

describe('elementApi against the real custom-elements.json', () => {
  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      it('is described, with one attribute row per attribute in the manifest', async () => {
        const manifest = await realManifest();
        const api = elementApi(manifest, tag);
        expect(api, `custom-elements.json does not describe <${tag}>`).to.not.equal(undefined);
        const raw = rawDeclaration(manifest, tag)!;
        const rawNames = [...new Set(raw.attributes.map((attribute) => attribute.name))];
        expect(api!.attributes.map((row) => row.name)).to.have.members(rawNames);
        expect(api!.attributes.length).to.equal(rawNames.length);
        for (const row of api!.attributes) {
          const source = raw.attributes.find((attribute) => attribute.name === row.name);
          expect(row.property).to.equal(source?.fieldName ?? '');
          expect(row.description).to.equal((source?.description ?? '').trim());
        }
      });

      it('lists the attributes every widget inherits: lang and theme', async () => {
        const api = elementApi(await realManifest(), tag)!;
        const inherited = api.attributes.filter((row) => row.inheritedFrom === 'RyggElement').map((row) => row.name);
        expect(inherited).to.include.members(['lang', 'theme']);
      });

      it('shows only public members as properties and methods', async () => {
        const manifest = await realManifest();
        const api = elementApi(manifest, tag)!;
        const hidden = new Set<string>(
          rawDeclaration(manifest, tag)!
            .members.filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        for (const row of [...api.properties, ...api.methods])
          expect(hidden.has(row.name), `${row.name} is not public`).to.equal(false);
        expect(api.methods.map((row) => row.name)).to.include('toPlainText');
      });

      it('lists documented events only, and the documented parts', async () => {
        const manifest = await realManifest();
        const api = elementApi(manifest, tag)!;
        for (const event of api.events) expect(event.description, `${event.name} has no description`).to.not.equal('');
        expect(api.events.map((event) => event.name)).to.not.include('name');
        const rawParts = (rawDeclaration(manifest, tag)!.cssParts ?? []).map((part) => part.name);
        expect(api.parts.map((part) => part.name)).to.have.members(rawParts);
        expect(api.parts.map((part) => part.name)).to.include('base');
      });
    });
  }

  it('gives the red-flag checklist its rygg-triage-change event and its property-only members', async () => {
    const api = elementApi(await realManifest(), 'rygg-red-flag-checklist')!;
    expect(api.events.map((event) => event.name)).to.include('rygg-triage-change');
    const properties = Object.fromEntries(api.properties.map((row) => [row.name, row]));
    for (const name of ['rules', 'contacts']) {
      expect(properties[name], `property ${name}`).to.not.equal(undefined);
      expect(properties[name]!.attribute, `${name} has no attribute`).to.equal('');
    }
    // `flags` is also an attribute (space-separated ids), for plain HTML and early frameworks.
    expect(properties.flags!.attribute).to.equal('flags');
    expect(properties.audience!.attribute).to.equal('audience');
  });
});

describe('elementApi on small manifests', () => {
  const declaration = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    kind: 'class',
    name: 'RyggThing',
    customElement: true,
    attributes: [
      { name: 'size', fieldName: 'size', type: { text: 'string' }, default: "'m'", description: 'How big.' },
      { name: 'size', fieldName: 'size' },
    ],
    members: [
      { kind: 'field', name: 'size', attribute: 'size', type: { text: 'string' } },
      { kind: 'field', name: 'data', type: { text: 'object' }, description: 'Property only.' },
      { kind: 'field', name: 'secret', privacy: 'private' },
      { kind: 'field', name: 'inner', privacy: 'protected' },
      { kind: 'field', name: '_internal' },
      { kind: 'field', name: 'version', static: true, default: "'1.0.0'" },
      {
        kind: 'method',
        name: 'reset',
        parameters: [{ name: 'hard', optional: true, type: { text: 'boolean' } }],
        return: { type: { text: 'void' } },
      },
      { kind: 'method', name: 'helper', privacy: 'private' },
    ],
    events: [
      { name: 'name', type: { text: 'CustomEvent' } },
      { name: 'rygg-thing-change', description: 'When it changes.' },
    ],
    cssParts: [
      { name: 'base', description: 'The box.' },
      { name: 'base', description: 'Again.' },
    ],
    cssProperties: [{ name: '--rygg-thing-color', description: 'The colour.' }],
    ...extra,
  });

  it('finds an element by its tagName', () => {
    const api = elementApi(
      { modules: [{ declarations: [declaration({ tagName: 'x-thing', name: 'Whatever' })] }] },
      'x-thing',
    );
    expect(api?.className).to.equal('Whatever');
  });

  it('finds an element through a custom-element-definition export', () => {
    const manifest = {
      modules: [
        { declarations: [declaration({ name: 'Other', customElement: false })] },
        { exports: [{ kind: 'custom-element-definition', name: 'x-other', declaration: { name: 'Other' } }] },
      ],
    };
    expect(elementApi(manifest, 'x-other')?.className).to.equal('Other');
  });

  it('finds a Ryggrad widget by the naming rule when the manifest has no tag for it', () => {
    expect(classNameForTag('rygg-red-flag-checklist')).to.equal('RyggRedFlagChecklist');
    expect(elementApi({ modules: [{ declarations: [declaration()] }] }, 'rygg-thing')?.className).to.equal('RyggThing');
  });

  it('finds a class by the naming rule only if it is a custom element or extends RyggElement', () => {
    const plain = declaration({ customElement: undefined });
    expect(elementApi({ modules: [{ declarations: [plain] }] }, 'rygg-thing')).to.equal(undefined);
    const widget = declaration({ customElement: undefined, superclass: { name: 'RyggElement', module: 'x.js' } });
    expect(elementApi({ modules: [{ declarations: [widget] }] }, 'rygg-thing')?.className).to.equal('RyggThing');
  });

  it('returns undefined for an unknown tag or a manifest that is not one', () => {
    expect(elementApi({ modules: [{ declarations: [declaration()] }] }, 'rygg-nothing')).to.equal(undefined);
    expect(elementApi(null, 'rygg-thing')).to.equal(undefined);
    expect(elementApi('nonsense', 'rygg-thing')).to.equal(undefined);
    expect(elementApi({ modules: 'x' }, 'rygg-thing')).to.equal(undefined);
  });

  it('turns attributes, properties, methods, events, tokens and parts into rows', () => {
    const api = elementApi({ modules: [{ declarations: [declaration()] }] }, 'rygg-thing')!;
    expect(api.attributes).to.deep.equal([
      { name: 'size', property: 'size', type: 'string', default: "'m'", description: 'How big.', inheritedFrom: '' },
    ]);
    expect(api.properties.map((row) => [row.name, row.attribute, row.static])).to.deep.equal([
      ['size', 'size', false],
      ['data', '', false],
      ['version', '', true],
    ]);
    expect(api.methods.map((row) => row.signature)).to.deep.equal(['reset(hard?: boolean): void']);
    expect(api.events).to.deep.equal([{ name: 'rygg-thing-change', type: '', description: 'When it changes.' }]);
    expect(api.parts).to.deep.equal([{ name: 'base', description: 'The box.', default: '' }]);
    expect(api.cssProperties.map((row) => row.name)).to.deep.equal(['--rygg-thing-color']);
    expect(api.slots).to.deep.equal([]);
  });
});

describe('descriptionPieces', () => {
  it('sets backticked words as code and joins lines', () => {
    expect(descriptionPieces('Use `acute` or\n  `long-lasting`.')).to.deep.equal([
      { code: false, text: 'Use ' },
      { code: true, text: 'acute' },
      { code: false, text: ' or ' },
      { code: true, text: 'long-lasting' },
      { code: false, text: '.' },
    ]);
  });

  it('keeps an unclosed backtick as text', () => {
    expect(descriptionPieces('a `b')).to.deep.equal([{ code: false, text: 'a `b' }]);
    expect(descriptionPieces('')).to.deep.equal([]);
  });
});
