import type { Budgets } from './context';

/**
 * Loop sizes. Every loop stops at its count or its time limit, whichever comes first, so a slow
 * system makes the run shorter rather than endless. On 2 cores a quick run (100k tickets) takes
 * ≈ 1.5 minutes and a full run ≈ 6.
 */
export function budgetsFor(quick: boolean): Budgets {
  return quick
    ? {
        read: { iterations: 200, maxMs: 15_000, warmup: 20 },
        write: { iterations: 150, maxMs: 15_000, warmup: 10 },
        concurrent: { iterations: 640, maxMs: 20_000, warmup: 10 },
        dashboard: { iterations: 15, maxMs: 20_000, warmup: 2 },
        realtime: { iterations: 100, maxMs: 30_000, warmup: 5 },
      }
    : {
        read: { iterations: 500, maxMs: 30_000, warmup: 30 },
        write: { iterations: 300, maxMs: 30_000, warmup: 20 },
        concurrent: { iterations: 1600, maxMs: 40_000, warmup: 20 },
        dashboard: { iterations: 30, maxMs: 60_000, warmup: 3 },
        realtime: { iterations: 200, maxMs: 60_000, warmup: 10 },
      };
}
