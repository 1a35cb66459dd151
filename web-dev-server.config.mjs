// `npm start`: the docs site and playground with every widget live, straight from the
// TypeScript sources (esbuild transforms on request) and reloading on change.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  open: false,
  watch: true,
  nodeResolve: true,
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
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'print-docs-url',
      serverStart() {
        console.log(`\nRyggrad docs and playground: http://localhost:${port}/docs/\n`);
      },
    },
  ],
};
