/**
 * Helpers shared by every Ryggrad test suite (core, content, widgets, extension, docs), so each
 * suite checks accessibility, warnings and privacy the same way.
 */
import { expect } from '@open-wc/testing';

/** The axe rule tags Ryggrad holds itself to: WCAG 2.0–2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}
interface AxeApi {
  run(context: Element | Document, options: object): Promise<{ violations: AxeViolation[] }>;
}

async function loadAxe(): Promise<AxeApi> {
  const holder = window as unknown as { axe?: AxeApi };
  if (!holder.axe) await import('axe-core/axe.min.js');
  if (!holder.axe) throw new Error('axe-core did not load');
  return holder.axe;
}

/** One result of IBM Equal Access: `value` is [policy level, outcome], e.g. ['VIOLATION', 'FAIL']. */
interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}
interface AceApi {
  Checker: new () => { check(node: Element, policies: string[]): Promise<{ results: AceResult[] }> };
}

/**
 * IBM Equal Access's recommendations that stay, each with the reason. Anything else it
 * recommends fails the test, so a new one is either fixed or explained here.
 */
const ACE_ACCEPTED: Record<string, string> = {
  // Lists styled without bullets keep role="list": Safari and VoiceOver drop the list semantics
  // of a <ul> with `list-style: none`, and the count of items is what a listener needs.
  aria_role_redundant: 'role="list" on unstyled lists, for Safari and VoiceOver',
};

/**
 * Rules about the page, not the widget: which landmark holds the widget is the host page's
 * choice (the docs and the examples put it in <main>); a test fixture has no landmarks.
 */
const ACE_PAGE_RULES = new Set(['aria_content_in_landmark']);

/**
 * IBM Equal Access's engine (the accessibility-checker-engine npm package, served by the test
 * runner from node_modules: nothing is fetched from its CDN). A plain script that defines `ace`.
 */
async function loadAce(): Promise<AceApi> {
  const holder = window as unknown as { ace?: AceApi };
  if (!holder.ace) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/accessibility-checker-engine/ace.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('accessibility-checker-engine/ace.js did not load'));
      };
      document.head.append(script);
    });
  }
  if (!holder.ace) throw new Error('accessibility-checker-engine did not define ace');
  return holder.ace;
}

/**
 * Runs IBM Equal Access (WCAG 2.2 policy and IBM's own rules) on an element and fails on any
 * violation, and on any recommendation not explained in {@link ACE_ACCEPTED}.
 */
async function expectAceClean(element: Element, label: string): Promise<void> {
  const ace = await loadAce();
  const { results } = await new ace.Checker().check(element, ['IBM_Accessibility', 'WCAG_2_2']);
  const failing = results.filter(
    ({ ruleId, value: [level, outcome] }) =>
      outcome === 'FAIL' &&
      !ACE_PAGE_RULES.has(ruleId) &&
      (level === 'VIOLATION' || (level === 'RECOMMENDATION' && !(ruleId in ACE_ACCEPTED))),
  );
  const report = failing
    .map(
      ({ ruleId, value, message, path, snippet }) => `${ruleId} (${value.join(' ')}): ${message}
    ${path.dom} ${snippet}`,
    )
    .join('\n');
  expect(failing.length, `IBM Equal Access findings in ${label}:\n${report}`).to.equal(0);
}

/**
 * Runs axe and IBM Equal Access on an element (shadow roots included) and fails with a readable
 * list of what either finds.
 */
export async function expectAxeClean(element: Element, label = element.localName): Promise<void> {
  const axe = await loadAxe();
  const { violations } = await axe.run(element, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `    ${JSON.stringify(node.target)} ${node.html}\n    ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  expect(violations.length, `axe violations in ${label}:\n${report}`).to.equal(0);
  await expectAceClean(element, label);
}

/** Records console.warn and console.error calls until `restore()`; the messages are joined as text. */
export function captureConsole(): { warnings: string[]; errors: string[]; restore(): void } {
  const warnings: string[] = [];
  const errors: string[] = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  return {
    warnings,
    errors,
    restore() {
      console.warn = originalWarn;
      console.error = originalError;
    },
  };
}

/**
 * Records what reaches the page as an uncaught error or an unhandled promise rejection until
 * `restore()`: a widget must never throw into its host page.
 */
export function captureThrown(): { thrown: unknown[]; restore(): void } {
  const thrown: unknown[] = [];
  const record = (event: ErrorEvent | PromiseRejectionEvent): void => {
    thrown.push('reason' in event ? event.reason : event.error);
  };
  window.addEventListener('error', record);
  window.addEventListener('unhandledrejection', record);
  return {
    thrown,
    restore() {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    },
  };
}

/** Everything a page could have stored: web storage, cookies, IndexedDB databases, caches. */
export async function storageSnapshot(): Promise<{
  local: number;
  session: number;
  cookies: string;
  indexedDb: string[];
  caches: string[];
}> {
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  const cacheNames = typeof caches === 'undefined' ? [] : await caches.keys().catch(() => []);
  return {
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    indexedDb: databases.map((database) => database.name ?? '').sort(),
    caches: cacheNames,
  };
}

/** Resolves after the browser has had a chance to paint (two animation frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        resolve();
      }),
    ),
  );
}

/**
 * Emulates CSS media features (`forced-colors`, `prefers-color-scheme`) and the media type
 * (`print`). Resolves to false where the browser cannot emulate them, so a test can check the
 * stylesheet instead. Call `resetMedia()` afterwards.
 */
export async function emulateMedia(
  features: { name: string; value: string }[],
  media?: 'print' | 'screen' | null,
): Promise<boolean> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const payload = media === undefined ? { features } : { features, media };
  return (await executeServerCommand<boolean | undefined, typeof payload>('rygg-emulate-media', payload)) === true;
}

export async function resetMedia(): Promise<void> {
  await emulateMedia([], null);
}

/**
 * For a browser that cannot emulate a media feature: applies the element's own rules inside
 * `@media <condition>` unconditionally (as an extra adopted stylesheet), so a test can check the
 * computed styles they give. Returns a function that takes them off again.
 */
export function applyMediaRules(element: Element, condition: string): () => void {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  // A copy: adoptedStyleSheets is a live array in some browsers.
  const original = [...root.adoptedStyleSheets];
  const sheets = [
    ...original,
    ...[...root.querySelectorAll('style')]
      .map((style) => style.sheet)
      .filter((sheet): sheet is CSSStyleSheet => sheet !== null),
  ];
  const inner = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .flatMap((rule) => [...rule.cssRules].map((child) => child.cssText));
  if (inner.length === 0) throw new Error(`<${element.localName}> has no @media rules for ${condition}`);
  const applied = new CSSStyleSheet();
  applied.replaceSync(inner.join('\n'));
  root.adoptedStyleSheets = [...original, applied];
  return () => {
    root.adoptedStyleSheets = original;
  };
}

/** The origins, other than the page's own, that the page has requested anything from. */
export function foreignOrigins(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).origin)
    .filter((origin) => origin !== location.origin);
}

/**
 * How far the height a rendered widget reserves while its content loads (`--_reserved-height`, in
 * em of the widget's font size) is from the height it has, as a share of that height (0 = exact).
 */
export function reservedHeightGap(element: HTMLElement): number {
  const raw = getComputedStyle(element).getPropertyValue('--_reserved-height').trim();
  expect(raw, 'the reserved height is set in em').to.match(/^\d+(\.\d+)?em$/);
  const base = element.shadowRoot?.querySelector('.base');
  if (!base) throw new Error(`<${element.localName}> has not rendered its base`);
  const reserved = parseFloat(raw) * parseFloat(getComputedStyle(base).fontSize);
  const height = element.getBoundingClientRect().height;
  return Math.abs(height - reserved) / height;
}

export { inShadow, itShowsStatesInForcedColours, type MarkedState } from './forced-colours.js';
export * from './conformance.js';
