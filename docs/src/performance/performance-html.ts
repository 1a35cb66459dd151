/**
 * The performance page's figures as HTML, written into docs/performance.html at build time
 * (docs/build/performance-figures.mjs), so the page shows them without a script or a request.
 * The rows come from `performanceView` (the pure reader of docs/data/performance.json); this file
 * only turns them into accessible tables. Every text is escaped.
 */
import { escape, scrollingTable } from '../api/api-html.js';
import type { PerformanceView } from './performance-view.js';

const paragraph = (text: string): string => `<p>${escape(text)}</p>`;
const code = (text: string): string => `<code>${escape(text)}</code>`;

/** A table titled by the heading `titleId`; the first cell of each row is its row header. */
function table(titleId: string, head: string[], rows: string[][]): string {
  const headCells = head.map((label) => `<th scope="col">${escape(label)}</th>`).join('');
  const bodyRows = rows.map(
    (cells) =>
      `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`,
  );
  return scrollingTable(titleId, '', headCells, bodyRows);
}

const section = (id: string, title: string, ...content: string[]): string =>
  `<h2 id="${id}">${escape(title)}</h2>\n${content.join('\n')}`;

const NOT_MEASURED =
  '<div class="callout"><p><strong>No figures yet.</strong> The benchmarks have not been run for this build, so this page shows the budgets only.</p>' +
  `<p>To measure, run ${code('npm run build')} and then ${code('npm run bench')}; rebuild the docs to publish the figures here.</p></div>`;

/** A method note in brackets, or nothing. */
const method = (text: string): string => (text === '' ? '' : ` (${text})`);

export function performanceHtml(view: PerformanceView): string {
  const parts = [
    view.measured
      ? paragraph(
          `Measured ${view.date ? new Date(view.date).toISOString().slice(0, 10) : '(date not recorded)'}${view.machine ? ` on ${view.machine}` : ''}.`,
        )
      : NOT_MEASURED,
    section(
      'budgets',
      'Budgets',
      table(
        'budgets',
        ['What', 'Budget', 'Measured', 'Result'],
        view.budgets.map((row) => [
          escape(row.label),
          escape(row.limit),
          escape(row.actual === '' ? 'not measured' : row.actual),
          row.met === undefined
            ? '—'
            : `<span class="${row.met ? 'contrast-pass' : 'contrast-fail'}">${row.met ? 'Within budget' : 'Over budget'}</span>`,
        ]),
      ),
    ),
  ];
  if (!view.measured) return parts.join('\n');

  if (view.pages.length > 0) {
    parts.push(
      section(
        'pages',
        'What a page downloads',
        paragraph(
          'All JavaScript a real page requested (loader, widget chunks, shared chunks, one language’s content), gzip. The widgets use their defaults; ' +
            'parts that only some pages show (the spine’s close-up, the clinician wording, the advice for long-lasting pain, the conversation checklist) load when first shown, and the last row shows what they add together.',
        ),
        table(
          'pages',
          ['Page', 'JavaScript (gzip)', 'Of which', 'Files'],
          view.pages.map((row) => [row.label, row.kB, row.parts || '—', row.files.join(', ')].map(escape)),
        ),
        view.checklistBreakdown ? paragraph(view.checklistBreakdown) : '',
      ),
    );
  }
  if (view.chunks.length > 0) {
    parts.push(
      section(
        'chunks',
        'Loader and chunks',
        table(
          'chunks',
          ['File', 'Size (gzip)'],
          view.chunks.map((row) => [code(row.name), escape(row.kB)]),
        ),
      ),
    );
  }
  if (view.peers.length > 0) {
    parts.push(
      section(
        'peers',
        'For comparison',
        table(
          'peers',
          ['Bundle', 'Size (gzip)'],
          view.peers.map((row) => [row.name, row.kB].map(escape)),
        ),
      ),
    );
  }
  if (view.network.length > 0) {
    parts.push(
      section(
        'time-to-content',
        'Time to content on a phone’s connection',
        paragraph(
          'Time from navigation until every widget shows its content (its first heading; the checklist its questions), with the host page and the CDN files on two different origins and an empty cache' +
            method(view.networkMethod) +
            '. In brackets: the middle half of the runs. Chain depth is the longest chain of requests below the host page: each step costs at least one round trip. Beside Ryggrad: the checklist built from Shoelace’s checkbox, card and alert in one bundle (the peer), and as static HTML (the floor).',
        ),
        ...view.network.map((network, index) => {
          const id = `time-to-content-${index}`;
          return (
            `<h3 id="${id}">${escape(network.condition)}</h3>\n` +
            table(
              id,
              ['Page', 'Time to content', 'Chain depth', '÷ Shoelace', '÷ static HTML'],
              network.rows.map((row) => [row.page, row.ms, row.chainDepth, row.toShoelace, row.toStatic].map(escape)),
            )
          );
        }),
      ),
    );
  }
  if (view.lighthouse.length > 0) {
    parts.push(
      section(
        'lighthouse',
        'Lighthouse',
        paragraph(
          'Lighthouse’s mobile preset on a host page with one widget, a host page with every widget (both with the :not(:defined) recipe) and this site’s home page' +
            method(view.lighthouseMethod) +
            '. LCP is the largest contentful paint, TBT the total blocking time, CLS the cumulative layout shift.',
        ),
        table(
          'lighthouse',
          ['Page', 'Performance', 'Accessibility', 'LCP', 'TBT', 'CLS'],
          view.lighthouse.map((row) =>
            [row.page, row.performance, row.accessibility, row.lcp, row.tbt, row.cls].map(escape),
          ),
        ),
      ),
    );
  }
  if (view.render.length > 0) {
    parts.push(
      section(
        'render-times',
        'Render times',
        paragraph(
          'Time from navigation to every checklist rendered, in headless Chromium' +
            method(view.renderMethod) +
            '. In brackets: the middle half of the runs, which are interleaved so a busy moment of the machine hits every page alike. The same checklist as static HTML (its rendered markup, no JavaScript) is the floor; the Shoelace version is built from sl-card, sl-checkbox and sl-alert. The ratios compare medians from the same runs, so they travel between machines better than the milliseconds do.',
        ),
        table(
          'render-times',
          [
            'Checklists on the page',
            'Ryggrad',
            'Static HTML',
            'Shoelace',
            'Ryggrad ÷ static HTML',
            'Ryggrad ÷ Shoelace',
          ],
          view.render.map((row) =>
            [String(row.widgets), row.ryggradMs, row.staticHtmlMs, row.shoelaceMs, row.toStatic, row.toShoelace].map(
              escape,
            ),
          ),
        ),
      ),
    );
  }
  if (view.spineChoose !== '') {
    parts.push(
      section(
        'spine-choose',
        'Choosing a part of the spine diagram',
        paragraph(
          `From a click on a part of the drawing until the diagram shows its explanation, for every part in turn, in headless Chromium: ${view.spineChoose}. The drawing’s geometry is worked out once per condition, so a choice only updates what changed.`,
        ),
      ),
    );
  }
  if (view.panel !== '') {
    parts.push(
      section(
        'extension-panel',
        'Extension panel',
        paragraph(
          `From opening the extension’s panel to its first widget rendered, in headless Chromium: ${view.panel}.`,
        ),
      ),
    );
  }
  if (view.layoutShift !== '') {
    parts.push(
      section(
        'layout-shift',
        'Layout shift',
        paragraph(
          `Cumulative layout shift of a page that uses the :not(:defined) recipe from Getting started: ${view.layoutShift} (0 is none; below 0.1 is good).`,
        ),
      ),
    );
  }
  return parts.join('\n');
}
