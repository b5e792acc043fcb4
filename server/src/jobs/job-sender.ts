import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';

export interface EnqueueOptions {
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
}

/**
 * Puts jobs on pg-boss queues inside the caller's transaction, so a job exists exactly when the
 * rows it works on were committed (a transactional outbox without a relay): a crash can lose
 * neither the row nor its job. Needs no connection of its own; works in every process role.
 */
export interface JobSender {
  /** The pg-boss schema the jobs go to (JOBS_SCHEMA). */
  readonly schema: string;
  /**
   * Inserts one job on `queue` in `tx` and returns its id. Throws when the queue does not exist
   * (no worker or web process has created the queues yet), rather than losing the job.
   */
  send: (tx: DbOrTx, queue: string, data: object, options?: EnqueueOptions) => Promise<string>;
}

/** pg-boss's `$1…$n` SQL and values as a Drizzle query, so it runs on the caller's transaction. */
function toDrizzleSql(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks = parts.map((part, index) => {
    if (index % 2 === 0) return sql.raw(part);
    const value = values[Number(part) - 1] ?? null;
    // Objects go as JSON text (pg-boss casts them to jsonb); Drizzle would expand arrays.
    const param =
      typeof value === 'object' && value !== null && !(value instanceof Date) ? JSON.stringify(value) : value;
    return sql`${param}`;
  });
  return sql.join(chunks);
}

/** Creates the sender for one pg-boss schema. */
export function createJobSender(schema: string): JobSender {
  // Never started and never connected: it only builds pg-boss's own INSERT for the given `db`.
  const boss = new PgBoss({
    connectionString: 'postgres://unused.invalid/unused',
    schema,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  return {
    schema,
    send: async (tx, queue, data, options = {}) => {
      const db: PgBoss.Db = {
        executeSql: async (text, values) => {
          const result = await tx.execute(toDrizzleSql(text, values));
          return { rows: result.rows };
        },
      };
      const id = await boss.send(queue, data, {
        db,
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      });
      if (!id) throw new Error(`Job queue "${queue}" does not exist in schema "${schema}"`);
      return id;
    },
  };
}

let fallbackSender: JobSender | undefined;

/**
 * The sender for the default schema (`pgboss`), for callers that run outside a configured process
 * (seed, scripts). Processes pass theirs, built from JOBS_SCHEMA.
 */
export function defaultJobSender(): JobSender {
  fallbackSender ??= createJobSender('pgboss');
  return fallbackSender;
}
