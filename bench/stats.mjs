// Summaries the benchmarks share: medians and spread, rounded for reading.

const round = (value) => Math.round(value * 10) / 10;

/** The q-quantile (0…1) of `values`, linearly interpolated between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** Median, quartiles and range of a set of timings (ms), for a table or a chart. */
export function summary(values) {
  return {
    medianMs: round(median(values)),
    q1Ms: round(quantile(values, 0.25)),
    q3Ms: round(quantile(values, 0.75)),
    minMs: round(Math.min(...values)),
    maxMs: round(Math.max(...values)),
    runs: values.length,
  };
}

/** `a / b`, two decimals. */
export const ratio = (a, b) => Math.round((a / b) * 100) / 100;
