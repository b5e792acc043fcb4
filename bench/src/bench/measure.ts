import type pg from 'pg';
import { summarize, type Summary } from '../stats';

/** How long a measurement may run: whichever limit comes first ends it (warm-up gets a quarter of the time). */
export interface Budget {
  /** Timed operations (after warm-up). */
  iterations: number;
  /** Wall-clock limit for the timed part. */
  maxMs: number;
  /** Untimed operations first, to warm caches, JIT and connection pools. */
  warmup: number;
}

/**
 * Runs `op` repeatedly with `concurrency` workers and times each call. Bounded in both count and
 * time; the first error aborts the loop and is rethrown (a benchmark of failing requests would
 * measure nothing useful). `op` receives a running index for picking inputs.
 */
export async function measure(
  op: (i: number) => Promise<void>,
  budget: Budget,
  concurrency = 1,
): Promise<Summary> {
  const warmupUntil = performance.now() + budget.maxMs / 4;
  for (let i = 0; i < budget.warmup && performance.now() < warmupUntil; i++) await op(-1 - i);
  const latencies: number[] = [];
  let issued = 0;
  const state: { failure: { error: unknown } | null } = { failure: null };
  const started = performance.now();
  const deadline = started + budget.maxMs;
  const worker = async () => {
    while (state.failure === null && issued < budget.iterations && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      try {
        await op(i);
      } catch (error) {
        state.failure ??= { error };
        return;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (state.failure !== null) {
    const { error } = state.failure;
    throw error instanceof Error ? error : new Error('benchmark operation failed', { cause: error });
  }
  return summarize(latencies, performance.now() - started, concurrency);
}

/** A pool of raw connections (pg.Pool). */
interface ConnectionPool {
  connect: () => Promise<pg.PoolClient>;
}

/**
 * `measure` for the raw-SQL side: sequential loops keep one connection (like a warm server pool);
 * concurrent loops check a connection out of the pool per operation, as the server does.
 */
export async function measureRaw(
  pool: ConnectionPool,
  op: (client: pg.PoolClient, i: number) => Promise<unknown>,
  budget: Budget,
  concurrency = 1,
): Promise<Summary> {
  if (concurrency === 1) {
    const client = await pool.connect();
    try {
      return await measure(async (i) => {
        await op(client, i);
      }, budget);
    } finally {
      client.release();
    }
  }
  return measure(
    async (i) => {
      const client = await pool.connect();
      try {
        await op(client, i);
      } finally {
        client.release();
      }
    },
    budget,
    concurrency,
  );
}
