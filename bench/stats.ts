/** Small statistics for the benchmark: percentiles of a sample of timings (milliseconds). */

/** The p-quantile (0…1) of a sample, nearest-rank; NaN for an empty sample. */
export function percentile(sample: readonly number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export const median = (sample: readonly number[]): number => percentile(sample, 0.5);

/** Median and 95th percentile, the two figures the budgets speak of. */
export function summary(sample: readonly number[]): { n: number; median: number; p95: number } {
  return { n: sample.length, median: median(sample), p95: percentile(sample, 0.95) };
}
