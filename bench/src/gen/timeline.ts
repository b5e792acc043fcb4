const HOUR_MS = 3_600_000;

/** Relative ticket volume by local hour of day (help desks in office hours, a little at night). */
const HOUR_WEIGHTS = [
  0.08, 0.05, 0.04, 0.04, 0.05, 0.1, 0.25, 0.55, 0.9, 1, 1, 0.95, 0.7, 0.75, 0.95, 1, 0.95, 0.8, 0.55, 0.4,
  0.3, 0.22, 0.16, 0.11,
];
/** Relative volume by local weekday, Sunday first. */
const WEEKDAY_WEIGHTS = [0.3, 1, 1, 0.97, 0.95, 0.88, 0.45];

/**
 * When tickets were created over the dataset's span: volume grows linearly (from 60% to 140% of
 * the average), with weekly and daily seasonality in the workspace's time zone. `at(u)` maps
 * u ∈ [0, 1) through the inverse cumulative distribution, so increasing u gives increasing times —
 * ticket numbers stay in creation order.
 */
export class Timeline {
  private readonly cumulative: Float64Array;

  constructor(
    readonly startMs: number,
    readonly days: number,
    utcOffsetHours: number,
  ) {
    const hours = days * 24;
    this.cumulative = new Float64Array(hours);
    let sum = 0;
    for (let h = 0; h < hours; h++) {
      const local = new Date(startMs + (h + utcOffsetHours) * HOUR_MS);
      const growth = 0.6 + (0.8 * h) / hours;
      sum += growth * (WEEKDAY_WEIGHTS[local.getUTCDay()] ?? 1) * (HOUR_WEIGHTS[local.getUTCHours()] ?? 1);
      this.cumulative[h] = sum;
    }
    for (let h = 0; h < hours; h++) this.cumulative[h] = (this.cumulative[h] ?? 0) / sum;
  }

  /** End of the span (the dataset's "now"). */
  get endMs(): number {
    return this.startMs + this.days * 24 * HOUR_MS;
  }

  /** The creation time at quantile `u` of the distribution. */
  at(u: number): number {
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) > u) hi = mid;
      else lo = mid + 1;
    }
    const before = lo === 0 ? 0 : (this.cumulative[lo - 1] ?? 0);
    const width = (this.cumulative[lo] ?? 1) - before;
    const fraction = width > 0 ? Math.min(1, Math.max(0, (u - before) / width)) : 0;
    return this.startMs + (lo + fraction) * HOUR_MS;
  }
}
