import { expect } from '@open-wc/testing';
import { performanceHtml } from '../../src/performance/performance-html.js';
import { performanceView } from '../../src/performance/performance-view.js';

/** The HTML as a page would hold it, to query like one. */
function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(html));
  return container;
}

const REPORT = {
  date: '2026-01-02T10:00:00.000Z',
  machine: 'linux <x64>',
  results: {
    sizes: {
      loaderGzip: 1843,
      chunksGzip: { 'widget-red-flag-checklist-abc.js': 4100 },
      pages: { checklistOnly: { files: ['ryggrad.js', 'chunks/lit-def.js'], gzipBytes: 11900, kB: 11.6 } },
      budgets: {
        loader: { limit: 3072, actual: 1843, met: true },
        checklistPage: { limit: 18432, actual: 19000, met: false },
      },
    },
  },
};

describe('performanceHtml', () => {
  it('says how to measure when the report has no figures, and still lists every budget', () => {
    const page = parse(performanceHtml(performanceView(undefined)));
    expect(page.textContent).to.include('npm run bench');
    expect(page.querySelectorAll('table')).to.have.length(1);
    expect(page.querySelectorAll('tbody tr')).to.have.length(5);
  });

  it('writes the measured date and machine as text, escaped', () => {
    const page = parse(performanceHtml(performanceView(REPORT)));
    expect(page.querySelector('p')?.textContent).to.equal('Measured 2026-01-02 on linux <x64>.');
  });

  it('marks each budget within or over, in words', () => {
    const page = parse(performanceHtml(performanceView(REPORT)));
    const results = [...page.querySelectorAll('#budgets + .table-scroll tbody tr')].map((row) =>
      row.querySelector('td:last-child')?.textContent.trim(),
    );
    expect(results.slice(0, 2)).to.deep.equal(['Within budget', 'Over budget']);
  });

  it('names every table by its heading and gives every row a row header', () => {
    const page = parse(performanceHtml(performanceView(REPORT)));
    const tables = [...page.querySelectorAll('table')];
    expect(tables.map((table) => table.getAttribute('aria-labelledby'))).to.deep.equal(['budgets', 'pages', 'chunks']);
    for (const table of tables) {
      const id = table.getAttribute('aria-labelledby') ?? '';
      expect(page.querySelector(`h2#${id}`), id).to.exist;
      expect(table.closest('[role="region"]')?.getAttribute('tabindex'), id).to.equal('0');
      for (const row of table.querySelectorAll('tbody tr')) expect(row.firstElementChild?.localName).to.equal('th');
      for (const cell of table.querySelectorAll('thead th')) expect(cell.getAttribute('scope')).to.equal('col');
    }
  });

  it('lists the files a page downloaded and the chunks by name', () => {
    const page = parse(performanceHtml(performanceView(REPORT)));
    expect(page.querySelector('#pages + p + .table-scroll tbody td:last-child')?.textContent).to.equal(
      'ryggrad.js, chunks/lit-def.js',
    );
    const chunks = [...page.querySelectorAll('#chunks + .table-scroll tbody th code')].map((cell) => cell.textContent);
    expect(chunks).to.include('widget-red-flag-checklist-abc.js');
  });

  it('tells how long choosing a part of the spine diagram takes, under its own heading, when measured', () => {
    const measured = {
      ...REPORT,
      results: { ...REPORT.results, render: { spineChoose: { medianMs: 6.1, runs: 150, cpuSlowdown: 4 } } },
    };
    const page = parse(performanceHtml(performanceView(measured)));
    expect(page.querySelector('h2#spine-choose')?.textContent).to.equal('Choosing a part of the spine diagram');
    expect(page.querySelector('#spine-choose + p')?.textContent).to.include(
      'median 6.1 ms (150 clicks, CPU slowed 4×)',
    );
    expect(parse(performanceHtml(performanceView(REPORT))).querySelector('#spine-choose')).to.equal(null);
  });
});
