// `npm start`: the docs site and playground with every widget live, straight from the
// TypeScript sources (esbuild transforms on request) and reloading on change.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { SOURCE_CONDITIONS } from './scripts/workspaces.mjs';
import { renderPage, renderStylesheet } from './docs/build/page-shell.mjs';
import { writeThemes } from './scripts/themes.mjs';

// The ready themes are written from their definition, not committed: pages and tests link them.
await writeThemes();

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  open: false,
  watch: true,
  nodeResolve: { exportConditions: SOURCE_CONDITIONS },
  port,
  middleware: [
    // The docs live in docs/; send the bare address there.
    function docsHome(context, next) {
      if (context.path === '/' || context.path === '/index.html') {
        context.redirect('/docs/');
        return undefined;
      }
      // Built pages load ./assets/*.js; in development the same URLs map to the TypeScript sources.
      const asset = /^\/docs\/assets\/([\w-]+)\.js$/.exec(context.path);
      if (asset) {
        context.redirect(`/docs/src/${asset[1]}.ts`);
        return undefined;
      }
      // The build copies these next to the pages (docs/build/rollup-docs.mjs); here they come from the package.
      if (context.path === '/docs/custom-elements.json') {
        context.redirect('/packages/ryggrad/custom-elements.json');
        return undefined;
      }
      const theme = /^\/docs\/themes\/([\w-]+\.css)$/.exec(context.path);
      if (theme) {
        context.redirect(`/packages/ryggrad/themes/${theme[1]}`);
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      // The docs pages carry a strict CSP (as a <meta>); the dev server's live-reload script is
      // inline, so in development only the policy is left out. The built site keeps it.
      // Every docs page also gets its shared head, header, navigation and footer, and docs.css the
      // :not(:defined) recipe, as in the build.
      name: 'docs-dev-page-shell',
      transform(context) {
        const page = /^\/docs\/([\w-]+\.html)?$/.exec(context.path);
        if (page && context.response.is('html')) {
          const body = renderPage(context.body, page[1] ?? 'index.html');
          return { body: body.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '') };
        }
        if (context.path === '/docs/docs.css') return { body: renderStylesheet(context.body) };
        return undefined;
      },
    },
    {
      name: 'print-docs-url',
      serverStart() {
        console.log(`\nRyggrad docs and playground: http://localhost:${port}/docs/\n`);
      },
    },
  ],
};
