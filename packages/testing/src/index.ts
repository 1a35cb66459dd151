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
  if (!holder.axe) await import('axe-core/axe.min.js' as string);
  if (!holder.axe) throw new Error('axe-core did not load');
  return holder.axe;
}

/** Runs axe on an element (shadow roots included) and fails with a readable list of violations. */
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
  return Boolean(
    await executeServerCommand('rygg-emulate-media', media === undefined ? { features } : { features, media }),
  );
}

export async function resetMedia(): Promise<void> {
  await emulateMedia([], null);
}

/** The CSS text of all shadow-root styles of an element, for checking rules a browser cannot emulate. */
export function shadowCss(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const sheets = [
    ...root.adoptedStyleSheets,
    ...[...root.querySelectorAll('style')]
      .map((style) => style.sheet)
      .filter((sheet): sheet is CSSStyleSheet => sheet !== null),
  ];
  return sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
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
