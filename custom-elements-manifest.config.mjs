// Generates custom-elements.json for the npm package from the widgets' JSDoc (the single source
// of their API: attributes, properties, events, slots, CSS properties and parts). The docs'
// API tables are generated from this file, and so is the editors' data in the package:
// vscode.html-custom-data.json (VS Code's html.customData) and web-types.json (JetBrains IDEs).
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'packages/ryggrad';
export default {
  globs: ['packages/core/src/ryggrad-element.ts', 'widgets/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test/**'],
  outdir,
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // Every event is documented with `@fires {CustomEvent<Detail>} name - …`. The analyzer also
      // records the base class's `emit(name, detail)` helper as an event called `name`; events
      // without that documentation are such artefacts, and tools would turn them into `onname`.
      name: 'ryggrad-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events.filter((event) => event.description && event.type?.text);
            if (declaration.events.length === 0) delete declaration.events;
          }
        }
      },
    },
    {
      // Point module paths at the compiled files consumers get (dist/…/*.js), not the sources.
      name: 'ryggrad-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules ?? [];
        // A module named relative to the one that mentions it ('./x.js') or from the root ('/x.ts').
        const toDist = (path, from) => {
          if (!path) return path;
          const full = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
          return `dist/${full.replace(/\.ts$/, '.js')}`;
        };
        // The workspaces are not published under their names: the package ships each class
        // in the compiled file of the module that declares it.
        const declaredIn = new Map(
          modules.flatMap((module) =>
            (module.declarations ?? []).map((declaration) => [declaration.name, module.path]),
          ),
        );
        for (const module of modules) {
          const source = module.path;
          module.path = toDist(source);
          for (const declaration of module.declarations ?? []) {
            const superclass = declaration.superclass;
            if (/^@ryggrad\//.test(superclass?.package ?? '') && declaredIn.has(superclass.name)) {
              delete superclass.package;
              superclass.module = declaredIn.get(superclass.name);
            }
            if (superclass?.module) superclass.module = toDist(superclass.module, source);
            // Members, attributes and events a class inherits name the module they come from.
            for (const list of [declaration.members, declaration.attributes, declaration.events]) {
              for (const item of list ?? []) {
                if (item.inheritedFrom?.module) item.inheritedFrom.module = toDist(item.inheritedFrom.module, source);
              }
            }
          }
          for (const exported of module.exports ?? []) {
            if (exported.declaration?.module) exported.declaration.module = toDist(exported.declaration.module, source);
          }
        }
      },
    },
    // The editors' data, from the manifest as fixed above (so after those plugins). The package's
    // name and version in web-types.json are set by scripts/manifest.mjs: the generator reads them
    // from the working directory's package.json, which is the repository's, not the package's.
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', excludeCss: true, hideLogs: true }),
  ],
};
