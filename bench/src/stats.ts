/** Latency distribution and throughput of one measured operation. */
export interface Summary {
  n: number;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** Completed operations per second of wall-clock time (at the loop's concurrency). */
  throughput: number;
  concurrency: number;
}

/**
 * The p-th percentile (0 ≤ p ≤ 1) of ascending-sorted values, interpolating linearly between the
 * two nearest ranks (the "R-7"/Excel method): p50 of [1, 2, 3, 4] is 2.5.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo] ?? Number.NaN;
  const high = sorted[hi] ?? low;
  return low + (high - low) * (rank - lo);
}

/** Summarises latencies (ms) measured over `wallMs` of wall-clock time at `concurrency`. */
export function summarize(latenciesMs: readonly number[], wallMs: number, concurrency = 1): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: n > 0 ? sorted.reduce((a, b) => a + b, 0) / n : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    throughput: wallMs > 0 ? (n * 1000) / wallMs : Number.NaN,
    concurrency,
  };
}

/**
 * How much of the raw-database limit the API achieves: API throughput ÷ raw throughput at the
 * same concurrency (1.0 = no overhead at all). Null when either side is missing.
 */
export function throughputRatio(api: Summary | null, raw: Summary | null): number | null {
  if (!api || !raw || !(raw.throughput > 0) || !Number.isFinite(api.throughput)) return null;
  return api.throughput / raw.throughput;
}

/** Raw median ÷ API median: the same idea for paced measurements that have no throughput. */
export function latencyRatio(api: Summary | null, raw: Summary | null): number | null {
  if (!api || !raw || !(api.p50 > 0) || !Number.isFinite(raw.p50)) return null;
  return raw.p50 / api.p50;
}
