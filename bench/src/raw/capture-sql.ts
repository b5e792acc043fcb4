import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '@atiende/server/src/db/database';
import * as schema from '@atiende/server/src/db/schema';
import type { Statement } from './ticket-select';

/** What a server read function returned, and every statement it sent to the database, in order. */
export interface Captured<T> {
  result: T;
  statements: Statement[];
}

/**
 * Runs one of the server's own read functions (e.g. `getBoard`, `savedViewCounts`) once against
 * the bench database through a Drizzle instance configured like the server's (same schema, the
 * node-postgres driver), and records the exact text and parameters of every statement it issues.
 * Used for raw twins of reads whose statement is built inside the function rather than by an
 * exported builder: replaying the captured statements over a bare connection makes the database
 * do exactly what the server makes it do, and the twin cannot drift from the server's SQL.
 * Only for reads: a captured write would be applied here as well.
 */
export async function captureStatements<T>(
  pool: pg.Pool,
  read: (db: Db) => Promise<T>,
): Promise<Captured<T>> {
  const statements: Statement[] = [];
  const db: Db = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (text, values) => statements.push({ text, values: [...values] }) },
  });
  const result = await read(db);
  return { result, statements };
}

/**
 * Sends captured statements over a bare connection, in order and one at a time (the raw twin of a
 * server function whose statements `captureStatements` recorded). Sequential on purpose: the
 * twin measures what the database does, not what a pool of connections could overlap.
 */
export async function replayStatements(
  client: pg.ClientBase,
  statements: readonly Statement[],
): Promise<void> {
  for (const s of statements) await client.query(s.text, s.values);
}
