import { expect } from '@open-wc/testing';
import { BUDGETS, formatKB, performanceView } from '../../src/performance/performance-view.js';

/** The shape `npm run bench` writes (bench/run.mjs, sizes.bench.mjs, render.bench.mjs). */
const REPORT = {
  date: '2026-01-02T10:00:00.000Z',
  machine: 'linux x64, Node v22.0.0',
  results: {
    sizes: {
      loaderGzip: 1843,
      chunksGzip: { 'widget-red-flag-checklist-abc.js': 4100, 'lit-def.js': 6000 },
      pages: {
        checklistOnly: { files: ['ryggrad.js', 'chunks/lit-def.js'], gzipBytes: 11900, kB: 11.6 },
        allFour: { files: [], gzipBytes: 43000, kB: 42 },
      },
      peers: { shoelaceCheckboxCardAlertGzip: 30000 },
      budgets: {
        loader: { limit: 3072, actual: 1843, met: true },
        checklistPage: { limit: 12288, actual: 11900, met: true },
        allFourPage: { limit: 40960, actual: 43000, met: false },
      },
    },
    render: {
      widgets1: {
        ryggrad: { medianMs: 40.2, q1Ms: 38, q3Ms: 44.5 },
        staticHtml: { medianMs: 20.1 },
        shoelace: { medianMs: 50, q1Ms: 49, q3Ms: 52 },
        ratioToStatic: 2,
        ratioToShoelace: 0.8,
      },
      widgets50: {
        ryggrad: { medianMs: 120 },
        staticHtml: { medianMs: 60 },
        shoelace: { medianMs: 200 },
        ratioToStatic: 2,
        ratioToShoelace: 0.6,
      },
      cumulativeLayoutShift: 0,
      spineChoose: { medianMs: 6.1, q1Ms: 3.2, q3Ms: 9.4, runs: 150, cpuSlowdown: 4 },
      runs: 9,
      chromium: 'Chrome/140',
    },
    network: {
      conditions: { slow4g: { latency: 150, download: 209715.2, upload: 96000, cpu: 4 } },
      runs: 7,
      pages: {
        slow4g: {
          'loader rygg-red-flag-checklist': {
            medianMs: 900,
            q1Ms: 880,
            q3Ms: 950,
            chainDepth: 2,
            ratioToShoelace: 1.2,
            ratioToStatic: 3,
          },
          broken: { chainDepth: 2 },
        },
        fast: 'nonsense',
      },
      chromium: 'Chrome/140',
    },
    lighthouse: {
      preset: 'mobile',
      runs: 3,
      lighthouse: '12.2.3',
      pages: {
        'one widget': { performance: 97, accessibility: 100, lcpMs: 1800, tbtMs: 0, cls: 0, fcpMs: 1500 },
        'not run': { accessibility: 100 },
      },
    },
    extension: {
      metric: 'panel navigation start → first widget rendered (ms)',
      runs: 20,
      medianMs: 92.5,
      minMs: 80,
      maxMs: 130,
      coldMs: 210,
      targetMs: 150,
    },
  },
};

describe('performanceView', () => {
  it('says "not measured" for an empty or missing report, and keeps every budget', () => {
    for (const report of [undefined, null, {}, { results: {} }, 'nonsense']) {
      const view = performanceView(report);
      expect(view.measured).to.equal(false);
      expect(view.budgets.map((row) => row.key)).to.deep.equal(BUDGETS.map((budget) => budget.key));
      expect(view.budgets.every((row) => row.actual === '' && row.met === undefined)).to.equal(true);
    }
  });

  it('shows the measured figures against the budgets, and nothing it was not given', () => {
    const view = performanceView(REPORT);
    expect(view.measured).to.equal(true);
    const budgets = Object.fromEntries(view.budgets.map((row) => [row.key, row]));
    expect(budgets.loader).to.include({ actual: '1.8 kB gzip', met: true });
    expect(budgets.allFourPage).to.include({ actual: '42.0 kB gzip', met: false });
    expect(budgets.spineDiagramOwn).to.include({ actual: '', met: undefined });
    expect(budgets.panelOpen).to.include({ actual: '92.5 ms', met: true });
  });

  it('describes the extension panel timings, and leaves them out when not measured', () => {
    expect(performanceView(REPORT).panel).to.equal(
      'median 92.5 ms (min 80 ms, max 130 ms, 20 runs; first cold run 210 ms)',
    );
    expect(performanceView({ results: { extension: { skipped: 'no build' } } }).panel).to.equal('');
  });

  it('lists the loader first, then the chunks; the pages and the peer bundle', () => {
    const view = performanceView(REPORT);
    expect(view.chunks.map((row) => row.name)).to.deep.equal([
      'ryggrad.js (loader)',
      'widget-red-flag-checklist-abc.js',
      'lit-def.js',
    ]);
    expect(view.pages.map((row) => [row.label, row.kB])).to.deep.equal([
      ['Only the red-flag checklist, until the reader first points at, focuses or answers it', '11.6 kB'],
      ['All four widgets', '42.0 kB'],
    ]);
    expect(view.peers[0]!.kB).to.equal('29.3 kB');
  });

  it('breaks a page down into loader, code and content, and says how much of the checklist page is Lit', () => {
    const report = structuredClone(REPORT);
    const sizes = report.results.sizes as {
      pages: { checklistOnly: { parts?: Record<string, number>; gzipBytes?: number } };
      peers: { litAloneGzip?: number };
    };
    sizes.pages.checklistOnly.parts = { loader: 1024, code: 8192, content: 2048 };
    sizes.pages.checklistOnly.gzipBytes = 11264;
    sizes.peers.litAloneGzip = 5120;
    const view = performanceView(report);
    expect(view.pages[0]!.parts).to.equal('loader 1.0 kB · code 8.0 kB · content 2.0 kB');
    expect(view.pages[1]!.parts).to.equal('');
    expect(view.checklistBreakdown).to.equal(
      'Of the 11.0 kB a page with only the checklist downloads, about 5.0 kB is Lit itself, 1.0 kB the loader and 2.0 kB the ' +
        'checklist’s words in one language; the checklist’s own code and the shared Ryggrad code are the remaining 3.0 kB.',
    );
    expect(view.peers.map((row) => row.kB)).to.deep.equal(['29.3 kB', '5.0 kB']);
  });

  it('leaves the breakdown out when the report lacks Lit’s size or the parts', () => {
    expect(performanceView(REPORT).checklistBreakdown).to.equal('');
    const report = structuredClone(REPORT);
    (report.results.sizes as { peers: { litAloneGzip?: number } }).peers.litAloneGzip = 5120;
    expect(performanceView(report).checklistBreakdown).to.equal('');
  });

  it('gives render times as ratios to static HTML and Shoelace, fewest widgets first', () => {
    const view = performanceView(REPORT);
    expect(view.render.map((row) => [row.widgets, row.toStatic, row.toShoelace])).to.deep.equal([
      [1, '2.00×', '0.80×'],
      [50, '2.00×', '0.60×'],
    ]);
    expect(view.render[0]).to.include({ ryggradMs: '40.2 ms (38–44.5)', staticHtmlMs: '20.1 ms' });
    expect(view.renderMethod).to.equal('median of 9 runs, Chrome/140');
    expect(view.layoutShift).to.equal('0');
    expect(view.spineChoose).to.equal('median 6.1 ms (quartiles 3.2–9.4 ms, 150 clicks, CPU slowed 4×)');
    expect(performanceView({ results: { render: { runs: 9 } } }).spineChoose).to.equal('');
  });

  it('gives time to content per connection, with the chain depth, and skips rows without a median', () => {
    const view = performanceView(REPORT);
    expect(view.network).to.deep.equal([
      {
        condition: 'Slow 4G: 150 ms latency, 1.6 Mbit/s, CPU slowed 4×',
        rows: [
          {
            page: 'loader rygg-red-flag-checklist',
            ms: '900 ms (880–950)',
            chainDepth: '2',
            toShoelace: '1.20×',
            toStatic: '3.00×',
          },
        ],
      },
    ]);
    expect(view.networkMethod).to.equal('median of 7 runs, Chrome/140');
  });

  it('gives Lighthouse scores and metrics, and only for pages it scored', () => {
    const view = performanceView(REPORT);
    expect(view.lighthouse).to.deep.equal([
      { page: 'one widget', performance: '97', accessibility: '100', lcp: '1800 ms', tbt: '0 ms', cls: '0' },
    ]);
    expect(view.lighthouseMethod).to.equal('median of 3 runs, Lighthouse 12.2.3, mobile');
    expect(performanceView({ results: { sizes: {} } }).lighthouse).to.deep.equal([]);
  });

  it('formats kB the way the budgets are written (1 kB = 1024 bytes)', () => {
    expect(formatKB(3072)).to.equal('3.0 kB');
    expect(formatKB(1843)).to.equal('1.8 kB');
  });
});
