// Shared pieces of the end-to-end suites (*.e2e.mjs): a static file server on loopback and a
// headless Debian Chromium driven by puppeteer-core. Nothing here reaches beyond this machine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';
import { WIDGET_TAGS } from './widget-tags.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. `routes` maps a path to { body, headers, type } for
 * generated pages; `headers(path)` adds headers to every file (CSP, CORS).
 */
export async function serveStatic(dir, { routes = {}, headers = () => ({}) } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      response.writeHead(200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        ...headers(path),
        ...(route.headers ?? {}),
      });
      response.end(route.body);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // Browsers ask for an icon on their own; answer it so only real misses show as errors.
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    // Browsers keep connections alive; end them, or close() waits for their timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/** Starts headless Chromium (Debian's), with the flags this machine needs. */
export async function launchChromium(options = {}) {
  const { args = [], ...rest } = options;
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...rest,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/**
 * Records what a page does that a host would care about: console errors and warnings, CSP
 * violations, page errors and every request URL.
 */
export function watchPage(page) {
  const record = { errors: [], warnings: [], pageErrors: [], requests: [], failed: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error?.message ?? error)));
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('requestfailed', (request) => record.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return record;
}

/** Opens a URL in a new page on an emulated touch phone of 360×740 CSS px, watching the page. */
export async function openOnPhone(browser, url) {
  const page = await browser.newPage();
  const watched = watchPage(page);
  await page.emulate({
    viewport: { width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile',
  });
  await page.goto(url);
  return { page, watched };
}

/** Installs a listener for `securitypolicyviolation` before any page script runs. */
export async function collectCspViolations(page) {
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** Starts headless Firefox (Debian's firefox-esr) over WebDriver BiDi, kept off the network. */
export async function launchFirefox(options = {}) {
  const { FIREFOX_PREFS, firefoxPath } = await import('./browsers.mjs');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
    ...options,
  });
}

/** Records every request of `page` with its initiator, as Chromium reports them (for chainDepth). */
export async function recordInitiators(page) {
  const cdp = await page.createCDPSession();
  const requests = [];
  cdp.on('Network.requestWillBeSent', (event) => requests.push({ url: event.request.url, initiator: event.initiator }));
  await cdp.send('Network.enable');
  return { cdp, requests };
}

/**
 * Depth of the request chain below the host page: 1 for what the page itself asks for, 2 for what
 * those files ask for, and so on, from the initiators Chromium reports (the parser's URL, or the
 * script on top of the stack that made the request).
 */
export function chainDepth(requests, pageUrl) {
  const depthOf = new Map([[pageUrl, 0]]);
  const initiatorUrl = (initiator) => {
    if (initiator.url) return initiator.url;
    for (let stack = initiator.stack; stack; stack = stack.parent) {
      const frame = stack.callFrames.find((callFrame) => callFrame.url);
      if (frame) return frame.url;
    }
    return pageUrl;
  };
  let deepest = 0;
  // Requests come in order: a file's initiator has always been requested before it.
  for (const { url, initiator } of requests) {
    // The browser asks for the icon on its own; it is no part of the page's chain.
    if (url === pageUrl || url.startsWith('data:') || new URL(url).pathname === '/favicon.ico') continue;
    const depth = (depthOf.get(initiatorUrl(initiator)) ?? 0) + 1;
    if (!depthOf.has(url)) depthOf.set(url, depth);
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

export { WIDGET_TAGS };

/** Waits until each of `tags` on the page has rendered its content or its error box. */
export async function widgetsRendered(page, tags = WIDGET_TAGS, timeout = 20000) {
  await page.waitForFunction(
    (names) =>
      names.every((tag) => {
        const shadow = document.querySelector(tag)?.shadowRoot;
        return (
          shadow &&
          (shadow.querySelector('[role="alert"]') ||
            (shadow.querySelector('.base') && !shadow.querySelector('.loading')))
        );
      }),
    { timeout },
    tags,
  );
}

/** The repository's root folder, and the published package's folder in it. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const PACKAGE_DIR = join(REPO_ROOT, 'packages/ryggrad');
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * node:test's `skip` for a suite that tests built output: false when every one of `paths`
 * (relative to the repository root) exists, else the reason.
 */
export function skipUnlessBuilt(...paths) {
  const missing = paths.filter((path) => !existsSync(join(REPO_ROOT, path)));
  return missing.length === 0 ? false : `${missing.join(', ')} missing: run \`npm run build\` first`;
}

/**
 * Serves `dir` as a CDN does: with CORS, so a page on any other origin may import the modules,
 * and with `headers` on every file.
 */
export function serveAsCdn(dir, headers = {}) {
  return serveStatic(dir, { headers: () => ({ 'access-control-allow-origin': '*', ...headers }) });
}

/**
 * The Content-Security-Policy of a strict health site: scripts only from `scriptSource`, nothing
 * else from anywhere but its own styles and images, and Trusted Types required (Lit's policy only).
 */
export function strictCsp(scriptSource) {
  return [
    "default-src 'none'",
    `script-src ${scriptSource}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** A host page in `lang`: `head` (its scripts and styles), and `body` in its <main> below its heading. */
export function hostPage({ lang = 'nb', title = 'Vond rygg', head = '', body }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
    <body><main><h1>Vond rygg</h1>${body}</main></body></html>`;
}

/** One empty element per tag, each with `attributes(tag)` (a string, with its leading space). */
export function widgetMarkup(tags = WIDGET_TAGS, attributes = () => '') {
  return tags.map((tag) => `<${tag}${attributes(tag)}></${tag}>`).join('\n');
}

/** Opens `url` in a new page of `browser`, recording CSP violations and what watchPage records. */
async function openWatched(browser, url) {
  const page = await browser.newPage();
  await collectCspViolations(page);
  const record = watchPage(page);
  await page.goto(url);
  return { page, record };
}

/**
 * Serves a health site on an origin of its own and opens it in `browser`: its page `/` is hostPage
 * (`lang`, `title`, `head`, and `body`: by default one element per tag) under the policy `csp`,
 * beside `routes` and the files of `dir`. Waits until `tags` have rendered; the caller closes `host`.
 */
export async function openHealthSite(
  browser,
  { dir = REPO_ROOT, routes = {}, csp, tags = WIDGET_TAGS, body = widgetMarkup(tags), ...page },
) {
  const host = await serveStatic(dir, {
    routes: { ...routes, '/': { body: hostPage({ ...page, body }), headers: { 'content-security-policy': csp } } },
  });
  const opened = await openWatched(browser, `${host.origin}/`);
  await widgetsRendered(opened.page, tags);
  return { host, ...opened };
}

/**
 * Checks what a host must never see on a page from openHealthSite: an error box in any of `tags`, a
 * CSP violation, a console error or an uncaught exception.
 */
export async function assertCleanPage({ page, record }, tags = WIDGET_TAGS) {
  assert.deepEqual(await widgetsShowingErrors(page, tags), [], 'no widget shows an error');
  assert.deepEqual(await cspViolations(page), [], 'no CSP violations');
  assert.deepEqual(record.errors, [], 'no console errors');
  assert.deepEqual(record.pageErrors, [], 'no uncaught exceptions');
}

/** The CSP violations on a page opened by openWatched, as collectCspViolations records them. */
function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** The tags, among `tags` on the page, whose element shows its error box. */
export function widgetsShowingErrors(page, tags = WIDGET_TAGS) {
  return page.$$eval(tags.join(','), (elements) =>
    elements
      .filter((element) => element.shadowRoot.querySelector('[role="alert"]'))
      .map((element) => element.localName),
  );
}

/** Packs packages/ryggrad into `destination` with `npm pack`; gives npm's report of the tarball. */
export function packPackage(destination) {
  const [packed] = JSON.parse(
    execFileSync(NPM, ['pack', '--json', '--pack-destination', destination], { cwd: PACKAGE_DIR, encoding: 'utf8' }),
  );
  return packed;
}

/**
 * Installs the packed package into `project` as a site's developers would: `npm pack` into the
 * project, `ryggrad` in its package.json pointed at the tarball (`file:`), then `npm install`,
 * from the npm cache when it can. Gives npm's report of the tarball.
 */
export function installPacked(project) {
  const packed = packPackage(project);
  const manifestPath = join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies = { ...manifest.dependencies, ryggrad: `file:./${packed.filename}` };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: project,
    stdio: 'pipe',
  });
  return packed;
}

/** Serves `dir` and opens its `path` in a new page of `browser`, watched; `close()` closes both. */
export async function openServed(browser, dir, path = '/index.html') {
  const server = await serveStatic(dir);
  const page = await browser.newPage();
  const record = watchPage(page);
  await page.goto(server.origin + path);
  return { page, record, close: () => Promise.all([page.close(), server.close()]) };
}
