import type { Summary } from '../stats';

/** A pass/fail threshold on one figure of a row (issue 5, at 1M tickets on 2 cores). */
export interface Target {
  metric: 'p50' | 'p95' | 'p99' | 'ratio';
  op: '<=' | '>=';
  value: number;
  text: string;
}

/** Issue 5's targets, one per kind of row. */
export const TARGETS = {
  inbox: { metric: 'p99', op: '<=', value: 25, text: 'p99 ≤ 25 ms' },
  search: { metric: 'p95', op: '<=', value: 50, text: 'p95 ≤ 50 ms' },
  dashboard: { metric: 'p95', op: '<=', value: 200, text: 'p95 ≤ 200 ms' },
  create: { metric: 'ratio', op: '>=', value: 0.5, text: '≥ 50% of raw' },
  realtime: { metric: 'p99', op: '<=', value: 100, text: 'p99 ≤ 100 ms' },
} as const satisfies Record<string, Target>;

export type Verdict = 'PASS' | 'FAIL' | '';

/** PASS/FAIL of a target against the measured figures (empty when there is no target or no data). */
export function verdict(target: Target | null, measured: Summary | null, ratio: number | null): Verdict {
  if (!target) return '';
  const value = target.metric === 'ratio' ? ratio : (measured?.[target.metric] ?? null);
  if (value === null || !Number.isFinite(value)) return '';
  const ok = target.op === '<=' ? value <= target.value : value >= target.value;
  return ok ? 'PASS' : 'FAIL';
}
