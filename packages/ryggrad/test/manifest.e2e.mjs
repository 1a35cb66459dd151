// The package's API description as tools read it: custom-elements.json (generated from the
// widgets' JSDoc) and the editors' data generated from it, checked against the built package.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WIDGET_TAGS as TAGS } from '../../../scripts/e2e-support.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const packageDir = join(root, 'packages/ryggrad');
const built = existsSync(join(packageDir, 'custom-elements.json')) && existsSync(join(packageDir, 'dist'));
const read = (file) => JSON.parse(readFileSync(join(packageDir, file), 'utf8'));

describe('custom-elements.json and the editors’ data', { skip: built ? false : 'run `npm run build` first' }, () => {
  const manifest = built ? read('custom-elements.json') : { modules: [] };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const elements = declarations.filter((declaration) => declaration.tagName);

  it('describes every element once', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), TAGS);
  });

  it('lists only real events, each with its type', () => {
    const events = declarations.flatMap((declaration) =>
      (declaration.events ?? []).map((event) => ({ ...event, on: declaration.name })),
    );
    assert.ok(events.length >= 2, 'the checklist and the diagram fire events');
    assert.deepEqual(
      events.filter((event) => !event.name.startsWith('rygg-')),
      [],
      'no event named after a helper’s parameter (such as `name`)',
    );
    for (const event of events) {
      assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.on}: ${event.name} has a detail type`);
      assert.ok(event.description, `${event.on}: ${event.name} is described`);
    }
  });

  it('gives each event the type the element’s HTMLElementEventMap declares, exported by the package', () => {
    const index = readFileSync(join(packageDir, 'dist/packages/ryggrad/src/index.d.ts'), 'utf8');
    for (const element of elements) {
      const folder = element.tagName.replace(/^rygg-/, '');
      const define = readFileSync(join(packageDir, `dist/widgets/${folder}/src/define.d.ts`), 'utf8');
      const declared = Object.fromEntries(
        [...define.matchAll(/'(rygg-[\w-]+)': (CustomEvent<\w+>);/g)].map(([, name, type]) => [name, type]),
      );
      const documented = Object.fromEntries((element.events ?? []).map((event) => [event.name, event.type.text]));
      assert.deepEqual(documented, declared, element.tagName);
      for (const type of Object.values(documented)) {
        const detail = /<(\w+)>/.exec(type)[1];
        assert.match(index, new RegExp(`\\b${detail}\\b`), `${detail} is exported from 'ryggrad'`);
      }
    }
  });

  it('points every module path at a compiled file in the package', () => {
    const paths = [];
    for (const module of manifest.modules) {
      paths.push(module.path);
      for (const declaration of module.declarations ?? []) {
        if (declaration.superclass?.module) paths.push(declaration.superclass.module);
        for (const list of [declaration.members, declaration.attributes, declaration.events]) {
          for (const item of list ?? []) if (item.inheritedFrom?.module) paths.push(item.inheritedFrom.module);
        }
      }
      for (const exported of module.exports ?? [])
        if (exported.declaration?.module) paths.push(exported.declaration.module);
    }
    assert.ok(paths.length > 20);
    const missing = [...new Set(paths)].filter((path) => !path.endsWith('.js') || !existsSync(join(packageDir, path)));
    assert.deepEqual(missing, []);
  });

  it('gives VS Code every tag with its attributes', () => {
    const data = read('vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), TAGS);
    for (const element of elements) {
      const tag = data.tags.find((candidate) => candidate.name === element.tagName);
      assert.deepEqual(
        tag.attributes.map((attribute) => attribute.name).sort(),
        (element.attributes ?? []).map((attribute) => attribute.name).sort(),
        element.tagName,
      );
    }
  });

  it('gives JetBrains IDEs every tag, its typed events and the package’s own name and version', () => {
    const webTypes = read('web-types.json');
    const { name, version } = read('package.json');
    assert.deepEqual({ name: webTypes.name, version: webTypes.version }, { name, version });
    assert.equal(read('package.json')['web-types'], './web-types.json');
    const tags = webTypes.contributions.html.elements;
    assert.deepEqual(tags.map((tag) => tag.name).sort(), TAGS);
    const checklist = tags.find((tag) => tag.name === 'rygg-red-flag-checklist');
    const events = (checklist.events ?? checklist.js?.events ?? []).map((event) => event.name);
    assert.deepEqual(events, ['rygg-triage-change']);
    assert.ok(!JSON.stringify(webTypes).includes('"name":"name"'), 'no event called `name`');
  });
});
