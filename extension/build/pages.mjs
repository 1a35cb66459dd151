// The extension's pages (panel, options, show, privacy) share one head, written here. Each
// extension/src/<name>/<name>.html holds only what goes into its <body>, after a first line
//
//   <!-- rygg:extension-page -->   or   <!-- rygg:extension-page body-class="panel-page" -->
//
// and the build (rollup.mjs) writes the whole document: the shared pages.css, the page's own
// stylesheet when src/<name>/<name>.css exists, and its script <name>.js.

const PAGE_MARKER = /^<!-- rygg:extension-page(?: body-class="([\w-]+)")? -->\n/;

/** The page `name` as the extension serves it, from its source. */
export function extensionPage(source, name, { ownStylesheet }) {
  const marker = PAGE_MARKER.exec(source);
  if (!marker)
    throw new Error(`extension/src/${name}/${name}.html: the first line must be <!-- rygg:extension-page -->`);
  const body = source.slice(marker[0].length).trimEnd();
  const stylesheets = ['pages.css', ...(ownStylesheet ? [`${name}.css`] : [])];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Ryggrad</title>
${stylesheets.map((file) => `    <link rel="stylesheet" href="${file}" />`).join('\n')}
    <script type="module" src="${name}.js"></script>
  </head>
  <body${marker[1] ? ` class="${marker[1]}"` : ''}>${body ? `\n${body}\n  ` : ''}</body>
</html>
`;
}
