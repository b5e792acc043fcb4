import type { Rng } from './random';

/**
 * Zipf's law over ranks 1..n: P(rank k) ∝ 1 / k^s. Natural-language word frequencies follow it
 * with s ≈ 1; customers filing tickets and agents handling them follow it with smaller s.
 * Sampling is a binary search over the precomputed cumulative distribution.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    if (n < 1) throw new Error('Zipf needs n >= 1');
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 1; k <= n; k++) {
      sum += 1 / k ** s;
      this.cdf[k - 1] = sum;
    }
    for (let i = 0; i < n; i++) this.cdf[i] = (this.cdf[i] ?? 0) / sum;
  }

  /** A 0-based rank: 0 is the most frequent. */
  sample(rng: Rng): number {
    const u = rng();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Samples elements of a list ordered most-frequent first, with Zipf-distributed ranks. */
export class ZipfList<T> {
  private readonly zipf: Zipf;

  constructor(
    private readonly items: readonly T[],
    s: number,
  ) {
    this.zipf = new Zipf(items.length, s);
  }

  /** One element; earlier elements are proportionally more likely. */
  sample(rng: Rng): T {
    const item = this.items[this.zipf.sample(rng)];
    if (item === undefined) throw new Error('ZipfList over an empty list');
    return item;
  }
}
