/**
 * Turns the benchmark report (docs/data/performance.json, written by `npm run bench`) into the
 * rows the performance page shows. Pure and defensive: the page never shows a number that is
 * not in the report, and says so when the benchmarks have not been run.
 */

/** A budget the project holds itself to, and what the report measured against it. */
export interface BudgetRow {
  key: string;
  label: string;
  /** The budget as written, e.g. "≤ 3 kB gzip". */
  limit: string;
  /** The measured value as written, or '' when the report does not have it. */
  actual: string;
  /** undefined when not measured. */
  met: boolean | undefined;
}

export interface SizeRow {
  name: string;
  /** gzip bytes */
  bytes: number;
  kB: string;
}

export interface PageRow {
  label: string;
  kB: string;
  /** "loader 1.0 kB · code 15.9 kB · content 2.8 kB", or '' when the report has no breakdown. */
  parts: string;
  files: string[];
}

/** Time to render N red-flag checklists, beside the same checklist as static HTML and built from Shoelace. */
export interface RenderRow {
  widgets: number;
  /** "120.7 ms (110.2–131.0)": the median and, in brackets, the middle half of the runs. */
  ryggradMs: string;
  staticHtmlMs: string;
  shoelaceMs: string;
  /** "1.80×": Ryggrad's median divided by static HTML's, measured in the same runs. */
  toStatic: string;
  toShoelace: string;
}

/** Time to content of one page on one connection (the network benchmark). */
export interface NetworkRow {
  page: string;
  /** Median and the middle half of the runs, as in RenderRow. */
  ms: string;
  /** Requests in the longest chain below the host page, e.g. "2". */
  chainDepth: string;
  toShoelace: string;
  toStatic: string;
}

export interface NetworkTable {
  /** e.g. "Slow 4G: 150 ms latency, 1.6 Mbit/s, CPU slowed 4×". */
  condition: string;
  rows: NetworkRow[];
}

/** One Lighthouse result: scores out of 100, and the metrics behind the performance score. */
export interface LighthouseRow {
  page: string;
  performance: string;
  accessibility: string;
  lcp: string;
  tbt: string;
  cls: string;
}

export interface PerformanceView {
  measured: boolean;
  date: string;
  machine: string;
  budgets: BudgetRow[];
  chunks: SizeRow[];
  pages: PageRow[];
  peers: SizeRow[];
  render: RenderRow[];
  network: NetworkTable[];
  /** Runs per median and the browser, as the network benchmark reported them ('' when absent). */
  networkMethod: string;
  lighthouse: LighthouseRow[];
  /** Lighthouse's version, preset and runs ('' when not run). */
  lighthouseMethod: string;
  /** Runs per median and the browser, as the render benchmark reported them ('' when absent). */
  renderMethod: string;
  /** Cumulative layout shift of a page using the :not(:defined) recipe ('' when not measured). */
  layoutShift: string;
  /** Choosing a part of the spine diagram, click to updated, in words ('' when not measured). */
  spineChoose: string;
  /**
   * Where a checklist-only page's bytes go, in words, when the report has the breakdown and Lit's
   * own size; '' otherwise.
   */
  checklistBreakdown: string;
  /** The extension panel's timings, e.g. "median 92 ms (min 80, max 130 ms, 20 runs; first cold run 210 ms)", or ''. */
  panel: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Bytes as kB with one decimal, the way the budgets are written (1 kB = 1024 bytes). */
export function formatKB(bytes: number): string {
  return `${(Math.round((bytes / 1024) * 10) / 10).toFixed(1)} kB`;
}

/** The budgets, in the order the project states them. Sizes are gzip bytes; times are milliseconds. */
export const BUDGETS: readonly { key: string; label: string; limit: string; unit: 'bytes' | 'ms' }[] = [
  { key: 'loader', label: 'CDN loader (ryggrad.js)', limit: '≤ 3 kB gzip', unit: 'bytes' },
  {
    key: 'checklistPage',
    label: 'A page with only the red-flag checklist: all JavaScript',
    limit: '≤ 18 kB gzip',
    unit: 'bytes',
  },
  { key: 'allFourPage', label: 'A page with all four widgets: all JavaScript', limit: '≤ 38 kB gzip', unit: 'bytes' },
  {
    key: 'spineDiagramOwn',
    label: 'Spine diagram: its own code, close-up included',
    limit: '≤ 15 kB gzip',
    unit: 'bytes',
  },
  { key: 'panelOpen', label: 'Extension panel open (median)', limit: '< 150 ms', unit: 'ms' },
];

const PAGE_LABELS: Record<string, string> = {
  checklistOnly: 'Only the red-flag checklist, until the reader first points at, focuses or answers it',
  diagramOnly: 'Only the spine diagram',
  allFour: 'All four widgets',
  allFourEveryOption:
    'All four, with every part that loads when shown (result card, close-up, clinician wording, long-lasting advice, conversation checklist)',
};

const PEER_LABELS: Record<string, string> = {
  shoelaceCheckboxCardAlertGzip: 'Shoelace checkbox + card + alert, bundled with their Lit',
  litAloneGzip: 'Lit alone (LitElement, html, css, svg): the runtime under every Lit widget',
};

const PART_NAMES = ['loader', 'code', 'content'] as const;

/** A page's `parts` ({ loader, code, content } in gzip bytes) in words, or undefined when incomplete. */
function pageParts(page: Json): Record<(typeof PART_NAMES)[number], number> | undefined {
  const parts = isObject(page.parts) ? page.parts : undefined;
  if (!parts) return undefined;
  const [loader, code, content] = PART_NAMES.map((name) => num(parts[name]));
  if (loader === undefined || code === undefined || content === undefined) return undefined;
  return { loader, code, content };
}

/** Every `budgets` object any benchmark reported, merged by key. */
function reportedBudgets(results: Json): Map<string, Json> {
  const found = new Map<string, Json>();
  for (const result of Object.values(results)) {
    if (!isObject(result) || !isObject(result.budgets)) continue;
    for (const [key, budget] of Object.entries(result.budgets)) if (isObject(budget)) found.set(key, budget);
  }
  return found;
}

function formatActual(value: number, unit: 'bytes' | 'ms'): string {
  return unit === 'bytes' ? `${formatKB(value)} gzip` : `${Math.round(value * 10) / 10} ms`;
}

const ms = (value: number | undefined) => (value === undefined ? '' : `${value} ms`);
const ratio = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(2)}×`);
const count = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A timing summary ({ medianMs, q1Ms, q3Ms }) as "120.7 ms (110.2–131.0)", or '' without a median. */
function spread(figures: unknown): string {
  if (!isObject(figures)) return '';
  const [median, q1, q3] = [num(figures.medianMs), num(figures.q1Ms), num(figures.q3Ms)];
  if (median === undefined) return '';
  return q1 === undefined || q3 === undefined ? ms(median) : `${median} ms (${q1}–${q3})`;
}

/** The render benchmark's `widgets1`, `widgets50`… entries, fewest widgets first. */
function renderRows(render: Json): RenderRow[] {
  return Object.entries(render)
    .map(([key, value]) => ({ count: Number(/^widgets(\d+)$/.exec(key)?.[1]), value }))
    .filter((entry): entry is { count: number; value: Json } => Number.isInteger(entry.count) && isObject(entry.value))
    .sort((a, b) => a.count - b.count)
    .map(({ count, value }) => ({
      widgets: count,
      ryggradMs: spread(value.ryggrad),
      staticHtmlMs: spread(value.staticHtml),
      shoelaceMs: spread(value.shoelace),
      toStatic: ratio(num(value.ratioToStatic)),
      toShoelace: ratio(num(value.ratioToShoelace)),
    }));
}

/** "Slow 4G: 150 ms latency, 1.6 Mbit/s, CPU slowed 4×" from a condition's figures (bytes per second). */
function conditionLabel(name: string, condition: unknown): string {
  const label = name === 'slow4g' ? 'Slow 4G' : name === 'fast' ? 'Fast connection' : name;
  if (!isObject(condition)) return label;
  const [latency, download, cpu] = [num(condition.latency), num(condition.download), num(condition.cpu)];
  if (latency === undefined || download === undefined) return label;
  const mbit = Math.round(((download * 8) / 1024 / 1024) * 10) / 10;
  const slower = cpu !== undefined && cpu > 1 ? `, CPU slowed ${cpu}×` : '';
  return `${label}: ${latency} ms latency, ${mbit} Mbit/s${slower}`;
}

function networkTables(network: Json): NetworkTable[] {
  const pages = isObject(network.pages) ? network.pages : {};
  const conditions = isObject(network.conditions) ? network.conditions : {};
  return Object.entries(pages).flatMap(([name, byPage]) => {
    if (!isObject(byPage)) return [];
    const rows = Object.entries(byPage).flatMap(([page, figures]) =>
      isObject(figures) && spread(figures) !== ''
        ? [
            {
              page,
              ms: spread(figures),
              chainDepth: count(num(figures.chainDepth)),
              toShoelace: ratio(num(figures.ratioToShoelace)),
              toStatic: ratio(num(figures.ratioToStatic)),
            },
          ]
        : [],
    );
    return rows.length === 0 ? [] : [{ condition: conditionLabel(name, conditions[name]), rows }];
  });
}

function lighthouseRows(lighthouse: Json): LighthouseRow[] {
  const pages = isObject(lighthouse.pages) ? lighthouse.pages : {};
  return Object.entries(pages).flatMap(([page, figures]) => {
    if (!isObject(figures) || num(figures.performance) === undefined) return [];
    const cls = num(figures.cls);
    return [
      {
        page,
        performance: count(num(figures.performance)),
        accessibility: count(num(figures.accessibility)),
        lcp: ms(num(figures.lcpMs)),
        tbt: ms(num(figures.tbtMs)),
        cls: cls === undefined ? '' : String(cls),
      },
    ];
  });
}

/** "median of 9 runs, Chrome/140" from a benchmark's `runs` and `chromium`. */
const method = (result: Json, browser: unknown) =>
  [num(result.runs) !== undefined ? `median of ${num(result.runs)} runs` : '', str(browser)].filter(Boolean).join(', ');

function panelText(extension: Json): string {
  const median = num(extension.medianMs);
  if (median === undefined) return '';
  const [min, max, cold, runs] = [
    num(extension.minMs),
    num(extension.maxMs),
    num(extension.coldMs),
    num(extension.runs),
  ];
  const spread = min !== undefined && max !== undefined ? `min ${min} ms, max ${max} ms` : '';
  const details = [spread, runs !== undefined ? `${runs} runs` : ''].filter(Boolean).join(', ');
  const coldRun = cold !== undefined ? `; first cold run ${cold} ms` : '';
  return `median ${median} ms${details || coldRun ? ` (${details}${coldRun})` : ''}`;
}

/** The render benchmark's `spineChoose`: median, quartiles, clicks and CPU slowdown, in words. */
function spineChooseText(choose: Json): string {
  const median = num(choose.medianMs);
  if (median === undefined) return '';
  const [q1, q3, clicks, slowdown] = [num(choose.q1Ms), num(choose.q3Ms), num(choose.runs), num(choose.cpuSlowdown)];
  const details = [
    q1 !== undefined && q3 !== undefined ? `quartiles ${q1}–${q3} ms` : '',
    clicks !== undefined ? `${clicks} clicks` : '',
    slowdown !== undefined ? `CPU slowed ${slowdown}×` : '',
  ].filter(Boolean);
  return `median ${median} ms${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

export function performanceView(report: unknown): PerformanceView {
  const results = isObject(report) && isObject(report.results) ? report.results : {};
  const measured = Object.keys(results).length > 0;
  const budgets = reportedBudgets(results);
  // The extension benchmark reports a median and its target rather than a `budgets` entry.
  const extension = isObject(results.extension) ? results.extension : {};
  const panelMedian = num(extension.medianMs);
  const panelTarget = num(extension.targetMs) ?? 150;
  if (panelMedian !== undefined && !budgets.has('panelOpen')) {
    budgets.set('panelOpen', { limit: panelTarget, actual: panelMedian, met: panelMedian < panelTarget });
  }
  const sizes = isObject(results.sizes) ? results.sizes : {};
  const render = isObject(results.render) ? results.render : {};
  const network = isObject(results.network) ? results.network : {};
  const lighthouse = isObject(results.lighthouse) ? results.lighthouse : {};

  const chunks = isObject(sizes.chunksGzip)
    ? Object.entries(sizes.chunksGzip)
        .map(([name, bytes]) => ({ name, bytes: num(bytes) }))
        .filter((row): row is { name: string; bytes: number } => row.bytes !== undefined)
        .map((row) => ({ ...row, kB: formatKB(row.bytes) }))
    : [];
  const loader = num(sizes.loaderGzip);
  if (loader !== undefined) chunks.unshift({ name: 'ryggrad.js (loader)', bytes: loader, kB: formatKB(loader) });

  const pages = isObject(sizes.pages)
    ? Object.entries(sizes.pages).flatMap(([key, page]) => {
        const bytes = isObject(page) ? num(page.gzipBytes) : undefined;
        if (!isObject(page) || bytes === undefined) return [];
        const files = Array.isArray(page.files)
          ? page.files.filter((file): file is string => typeof file === 'string')
          : [];
        const parts = pageParts(page);
        const partsText = parts ? PART_NAMES.map((name) => `${name} ${formatKB(parts[name])}`).join(' · ') : '';
        return [{ label: PAGE_LABELS[key] ?? key, kB: formatKB(bytes), parts: partsText, files }];
      })
    : [];

  const peers = isObject(sizes.peers)
    ? Object.entries(sizes.peers).flatMap(([key, bytes]) => {
        const value = num(bytes);
        return value === undefined ? [] : [{ name: PEER_LABELS[key] ?? key, bytes: value, kB: formatKB(value) }];
      })
    : [];

  const checklistPage = isObject(sizes.pages) && isObject(sizes.pages.checklistOnly) ? sizes.pages.checklistOnly : {};
  const checklistParts = pageParts(checklistPage);
  const checklistTotal = num(checklistPage.gzipBytes);
  const litAlone = isObject(sizes.peers) ? num(sizes.peers.litAloneGzip) : undefined;
  const checklistBreakdown =
    checklistParts && checklistTotal !== undefined && litAlone !== undefined
      ? `Of the ${formatKB(checklistTotal)} a page with only the checklist downloads, about ${formatKB(litAlone)} is Lit itself, ` +
        `${formatKB(checklistParts.loader)} the loader and ${formatKB(checklistParts.content)} the checklist’s words in one language; ` +
        `the checklist’s own code and the shared Ryggrad code are the remaining ${formatKB(Math.max(0, checklistParts.code - litAlone))}.`
      : '';

  return {
    measured,
    date: isObject(report) ? str(report.date) : '',
    machine: isObject(report) ? str(report.machine) : '',
    budgets: BUDGETS.map(({ key, label, limit, unit }) => {
      const budget = budgets.get(key);
      const actual = budget ? num(budget.actual) : undefined;
      const met = budget && typeof budget.met === 'boolean' ? budget.met : undefined;
      return {
        key,
        label,
        limit,
        actual: actual === undefined ? '' : formatActual(actual, unit),
        met: actual === undefined ? undefined : met,
      };
    }),
    chunks,
    pages,
    peers,
    render: renderRows(render),
    renderMethod: method(render, render.chromium),
    network: networkTables(network),
    networkMethod: method(network, network.chromium),
    lighthouse: lighthouseRows(lighthouse),
    lighthouseMethod: method(
      lighthouse,
      [str(lighthouse.lighthouse) && `Lighthouse ${str(lighthouse.lighthouse)}`, str(lighthouse.preset)]
        .filter(Boolean)
        .join(', '),
    ),
    layoutShift: num(render.cumulativeLayoutShift) === undefined ? '' : String(num(render.cumulativeLayoutShift)),
    spineChoose: isObject(render.spineChoose) ? spineChooseText(render.spineChoose) : '',
    checklistBreakdown,
    panel: panelText(extension),
  };
}
