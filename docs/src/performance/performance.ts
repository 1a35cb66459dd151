/** Renders the performance page from data/performance.json (see performance-view.ts). */
import { el } from '../site/dom.js';
import { performanceView, type PerformanceView } from './performance-view.js';

function scrollTable(labelId: string, head: string[], rows: Node[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': labelId, tabindex: '0' },
    el(
      'table',
      { 'aria-labelledby': labelId },
      el('thead', {}, el('tr', {}, ...head.map((label) => el('th', { scope: 'col' }, label)))),
      el(
        'tbody',
        {},
        ...rows.map((cells) =>
          el(
            'tr',
            {},
            ...cells.map((cell, index) => (index === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell))),
          ),
        ),
      ),
    ),
  );
}

const text = (value: string) => document.createTextNode(value);

function notMeasuredNote(): HTMLElement {
  return el(
    'div',
    { class: 'callout' },
    el(
      'p',
      {},
      el('strong', {}, 'No figures yet.'),
      ' The benchmarks have not been run for this build, so this page shows the budgets only.',
    ),
    el(
      'p',
      {},
      'To measure, run ',
      el('code', {}, 'npm run build'),
      ' and then ',
      el('code', {}, 'npm run bench'),
      '; rebuild the docs to publish the figures here.',
    ),
  );
}

function section(container: HTMLElement, id: string, title: string, ...content: Node[]): void {
  container.append(el('h2', { id }, title), ...content);
}

export function renderPerformance(container: HTMLElement, view: PerformanceView): void {
  container.replaceChildren();
  container.append(
    view.measured
      ? el(
          'p',
          {},
          `Measured ${view.date ? new Date(view.date).toISOString().slice(0, 10) : '(date not recorded)'}${view.machine ? ` on ${view.machine}` : ''}.`,
        )
      : notMeasuredNote(),
  );

  section(
    container,
    'budgets',
    'Budgets',
    scrollTable(
      'budgets',
      ['What', 'Budget', 'Measured', 'Result'],
      view.budgets.map((row) => [
        text(row.label),
        text(row.limit),
        text(row.actual === '' ? 'not measured' : row.actual),
        row.met === undefined
          ? text('—')
          : el(
              'span',
              { class: row.met ? 'contrast-pass' : 'contrast-fail' },
              row.met ? 'Within budget' : 'Over budget',
            ),
      ]),
    ),
  );

  if (!view.measured) return;

  if (view.pages.length > 0) {
    section(
      container,
      'pages',
      'What a page downloads',
      el(
        'p',
        {},
        'All JavaScript a real page requested (loader, widget chunks, shared chunks, one language’s content), gzip. The widgets use their defaults; ' +
          'parts that only some pages show (the spine’s close-up, the clinician wording, the advice for long-lasting pain, the conversation checklist) load when first shown, and the last row shows what they add together.',
      ),
      scrollTable(
        'pages',
        ['Page', 'JavaScript (gzip)', 'Of which', 'Files'],
        view.pages.map((row) => [text(row.label), text(row.kB), text(row.parts || '—'), text(row.files.join(', '))]),
      ),
      ...(view.checklistBreakdown ? [el('p', {}, view.checklistBreakdown)] : []),
    );
  }
  if (view.chunks.length > 0) {
    section(
      container,
      'chunks',
      'Loader and chunks',
      scrollTable(
        'chunks',
        ['File', 'Size (gzip)'],
        view.chunks.map((row) => [el('code', {}, row.name), text(row.kB)]),
      ),
    );
  }
  if (view.peers.length > 0) {
    section(
      container,
      'peers',
      'For comparison',
      scrollTable(
        'peers',
        ['Bundle', 'Size (gzip)'],
        view.peers.map((row) => [text(row.name), text(row.kB)]),
      ),
    );
  }
  if (view.network.length > 0) {
    section(
      container,
      'time-to-content',
      'Time to content on a phone’s connection',
      el(
        'p',
        {},
        'Time from navigation until every widget shows its content (its first heading; the checklist its questions), with the host page and the CDN files on two different origins and an empty cache',
        view.networkMethod ? ` (${view.networkMethod})` : '',
        '. In brackets: the middle half of the runs. Chain depth is the longest chain of requests below the host page: each step costs at least one round trip. Beside Ryggrad: the checklist built from Shoelace’s checkbox, card and alert in one bundle (the peer), and as static HTML (the floor).',
      ),
      ...view.network.flatMap((table, index) => {
        const id = `time-to-content-${index}`;
        return [
          el('h3', { id }, table.condition),
          scrollTable(
            id,
            ['Page', 'Time to content', 'Chain depth', '÷ Shoelace', '÷ static HTML'],
            table.rows.map((row) => [
              text(row.page),
              text(row.ms),
              text(row.chainDepth),
              text(row.toShoelace),
              text(row.toStatic),
            ]),
          ),
        ];
      }),
    );
  }
  if (view.lighthouse.length > 0) {
    section(
      container,
      'lighthouse',
      'Lighthouse',
      el(
        'p',
        {},
        'Lighthouse’s mobile preset on a host page with one widget, a host page with every widget (both with the :not(:defined) recipe) and this site’s home page',
        view.lighthouseMethod ? ` (${view.lighthouseMethod})` : '',
        '. LCP is the largest contentful paint, TBT the total blocking time, CLS the cumulative layout shift.',
      ),
      scrollTable(
        'lighthouse',
        ['Page', 'Performance', 'Accessibility', 'LCP', 'TBT', 'CLS'],
        view.lighthouse.map((row) => [
          text(row.page),
          text(row.performance),
          text(row.accessibility),
          text(row.lcp),
          text(row.tbt),
          text(row.cls),
        ]),
      ),
    );
  }
  if (view.render.length > 0) {
    section(
      container,
      'render-times',
      'Render times',
      el(
        'p',
        {},
        'Time from navigation to every checklist rendered, in headless Chromium',
        view.renderMethod ? ` (${view.renderMethod})` : '',
        '. In brackets: the middle half of the runs, which are interleaved so a busy moment of the machine hits every page alike. The same checklist as static HTML (its rendered markup, no JavaScript) is the floor; the Shoelace version is built from sl-card, sl-checkbox and sl-alert. The ratios compare medians from the same runs, so they travel between machines better than the milliseconds do.',
      ),
      scrollTable(
        'render-times',
        ['Checklists on the page', 'Ryggrad', 'Static HTML', 'Shoelace', 'Ryggrad ÷ static HTML', 'Ryggrad ÷ Shoelace'],
        view.render.map((row) => [
          text(String(row.widgets)),
          text(row.ryggradMs),
          text(row.staticHtmlMs),
          text(row.shoelaceMs),
          text(row.toStatic),
          text(row.toShoelace),
        ]),
      ),
    );
  }
  if (view.panel !== '') {
    section(
      container,
      'extension-panel',
      'Extension panel',
      el(
        'p',
        {},
        `From opening the extension’s panel to its first widget rendered, in headless Chromium: ${view.panel}.`,
      ),
    );
  }
  if (view.layoutShift !== '') {
    section(
      container,
      'layout-shift',
      'Layout shift',
      el(
        'p',
        {},
        `Cumulative layout shift of a page that uses the :not(:defined) recipe from Getting started: ${view.layoutShift} (0 is none; below 0.1 is good).`,
      ),
    );
  }
}

export async function setUpPerformance(container: HTMLElement): Promise<void> {
  let report: unknown = undefined;
  try {
    const response = await fetch(new URL('./data/performance.json', document.baseURI), { cache: 'no-store' });
    if (response.ok) report = await response.json();
  } catch {
    report = undefined;
  }
  renderPerformance(container, performanceView(report));
  container.setAttribute('aria-busy', 'false');
}
