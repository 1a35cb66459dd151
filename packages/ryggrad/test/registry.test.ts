// widgets/registry.ts is the one list of widgets. What cannot read it (the package manifest, the
// entry files, the ready theme's CSS, each widget's own styles) is checked against it here, so a
// widget added to the registry but not wired up, or wired up but not registered, fails.
import { expect } from '@open-wc/testing';
import { CONFIGURED_PARTS, RESERVED_HEIGHTS, WIDGET_REGISTRY } from '../../../widgets/registry.js';

interface Manifest {
  exports: Record<string, unknown>;
  sideEffects: string[];
}

const PACKAGE = '/packages/ryggrad';

/** The naming rule of widgets/registry.ts: `rygg-red-flag-checklist` → folder `red-flag-checklist`, class `RyggRedFlagChecklist`. */
const WIDGETS = WIDGET_REGISTRY.map((widget) => {
  const folder = widget.tag.replace(/^rygg-/, '');
  const className = `Rygg${folder.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`;
  return { ...widget, folder, className };
});

async function manifest(): Promise<Manifest> {
  return (await (await fetch(`${PACKAGE}/package.json`)).json()) as Manifest;
}

/** The module at `path` (served as TypeScript by the test server), imported at run time. */
async function importModule(path: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
}

/** A page of its own (its own custom-element registry: no tag defined) `width` px wide with the neutral theme. */
async function themedFrame(width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '200px';
  const tags = WIDGET_REGISTRY.map(({ tag }) => `<${tag}></${tag}>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>t</title><link rel="stylesheet" href="${PACKAGE}/themes/neutral.css"></head><body>${tags}</body></html>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('the widget registry', () => {
  it('lists each widget once, by a rygg- tag', () => {
    const tags = WIDGET_REGISTRY.map((widget) => widget.tag);
    expect(new Set(tags).size).to.equal(tags.length);
    for (const tag of tags) expect(tag).to.match(/^rygg-[a-z]+(-[a-z]+)*$/);
    expect(WIDGETS.map((widget) => widget.className)).to.include('RyggRedFlagChecklist');
  });

  it('names configured parts of registered tags only, each behind a selector a tag with no attributes does not match', () => {
    const tags = WIDGET_REGISTRY.map((widget) => widget.tag);
    for (const [tag, parts] of Object.entries(CONFIGURED_PARTS)) {
      expect(tags, tag).to.include(tag);
      const bare = document.createElement(tag);
      for (const { when, loads } of parts) {
        expect(() => bare.matches(when), when).not.to.throw();
        expect(bare.matches(when), `${tag}${when}`).to.equal(false);
        expect(loads.length, when).to.be.greaterThan(0);
      }
    }
  });

  it('matches the package manifest: one entry, one class entry and the side effects per widget', async () => {
    const { exports, sideEffects } = await manifest();
    const widgetEntries = Object.keys(exports).filter(
      (key) =>
        ![
          '.',
          './all.js',
          './preload.js',
          './custom-elements.json',
          './vscode.html-custom-data.json',
          './web-types.json',
          './cdn/*',
          './themes/*',
          './package.json',
          './react',
          './vue',
          './svelte',
        ].includes(key),
    );
    const expected = WIDGETS.flatMap(({ folder }) => [`./${folder}.js`, `./classes/${folder}.js`]);
    expect([...widgetEntries].sort()).to.deep.equal([...expected].sort());
    for (const { folder } of WIDGETS) {
      expect(sideEffects, folder).to.include(`./dist/widgets/${folder}/src/define.js`);
      expect(sideEffects, folder).to.include(`./dist/packages/ryggrad/src/${folder}.js`);
    }
  });

  it("has entry files that export each widget's class, and all.js registers every tag", async () => {
    for (const { folder, className } of WIDGETS) {
      const classOnly = await importModule(`${PACKAGE}/src/classes/${folder}.ts`);
      const entry = await importModule(`${PACKAGE}/src/${folder}.ts`);
      expect(classOnly[className], folder).to.be.a('function');
      expect(entry[className], folder).to.equal(classOnly[className]);
    }
    await importModule(`${PACKAGE}/src/all.ts`);
    const index = await importModule(`${PACKAGE}/src/index.ts`);
    for (const { tag, className } of WIDGETS) {
      expect(customElements.get(tag), tag).to.equal(index[className]);
    }
    // Imports every widget's sources on first use: slow on a loaded machine, not a failure.
  }).timeout(60000);

  it("reserves the registry's heights in the neutral theme, wide and narrow, and lets the token override them", async () => {
    for (const [width, size] of [
      [720, 'wide'],
      [500, 'narrow'],
    ] as const) {
      const page = await themedFrame(width);
      for (const { tag } of WIDGET_REGISTRY) {
        const reservedHeight = RESERVED_HEIGHTS[tag]!;
        const element = page.querySelector(tag)!;
        const expected = `${parseFloat(reservedHeight[size]) * 16}px`;
        expect(getComputedStyle(element).minHeight, `${tag} at ${width}px`).to.equal(expected);
        (element as HTMLElement).style.setProperty(`--rygg-${reservedHeight.token}-reserved-height`, '123px');
        expect(getComputedStyle(element).minHeight, `${tag} with its token`).to.equal('123px');
      }
      page.defaultView!.frameElement!.remove();
    }
  });

  it("reserves the same height in each widget's own styles while it loads", async () => {
    for (const widget of WIDGET_REGISTRY) {
      await widget.load();
      const element = document.createElement(widget.tag);
      document.body.append(element);
      expect(getComputedStyle(element).getPropertyValue('--_reserved-height').trim(), widget.tag).to.equal(
        RESERVED_HEIGHTS[widget.tag]!.wide,
      );
      element.remove();
    }
  });
});
