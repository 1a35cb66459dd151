// Generates custom-elements.json for the npm package from the widgets' JSDoc (the single source
// of their API: attributes, properties, events, slots, CSS properties and parts). The docs'
// API tables are generated from this file.
export default {
  globs: ['packages/core/src/ryggrad-element.ts', 'widgets/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test/**'],
  outdir: 'packages/ryggrad',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // Point module paths at the compiled files consumers get (dist/…/*.js), not the sources.
      name: 'ryggrad-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => (path ? `dist/${path.replace(/\.ts$/, '.js')}` : path);
        for (const module of customElementsManifest.modules ?? []) {
          module.path = toDist(module.path);
          for (const declaration of module.declarations ?? []) {
            if (declaration.superclass?.module)
              declaration.superclass.module = toDist(declaration.superclass.module.replace(/^\//, ''));
            // The workspaces are not published: the package ships them as dist/packages/<name>/src/.
            const workspace = /^@ryggrad\/([\w-]+)$/.exec(declaration.superclass?.package ?? '');
            if (workspace) {
              delete declaration.superclass.package;
              declaration.superclass.module = `dist/packages/${workspace[1]}/src/index.js`;
            }
            for (const member of declaration.members ?? []) {
              if (member.inheritedFrom?.module)
                member.inheritedFrom.module = toDist(member.inheritedFrom.module.replace(/^\//, ''));
            }
          }
          for (const exported of module.exports ?? []) {
            if (exported.declaration?.module)
              exported.declaration.module = toDist(exported.declaration.module.replace(/^\//, ''));
          }
        }
      },
    },
  ],
};
