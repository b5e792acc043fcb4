import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '@atiende/server/src/db/schema';
import { applySlaToTickets } from '@atiende/server/src/sla/apply-sla';
import type { Statement } from './ticket-select';
import { replayStatements } from './capture-sql';

/** The unresolved tickets an SLA recompute run walks, in the job's keyset order. */
export async function unresolvedTicketIds(pool: pg.Pool, workspaceId: string): Promise<string[]> {
  const found = await pool.query<{ id: string }>(
    `SELECT id FROM tickets WHERE workspace_id = $1 AND status IN ('new', 'open', 'pending', 'on_hold')
      ORDER BY id`,
    [workspaceId],
  );
  return found.rows.map((r) => r.id);
}

/**
 * The statements the server's `applySlaToTickets` sends for each chunk of `ids`, captured by
 * running it once per chunk through a logging Drizzle instance inside a transaction that is
 * rolled back: the writes are recorded, not kept. Replaying them makes the database do exactly
 * what the recompute job makes it do, without the job's JavaScript (facts → clocks).
 */
export async function captureSlaChunks(
  pool: pg.Pool,
  workspaceId: string,
  ids: readonly string[],
  chunk: number,
): Promise<Statement[][]> {
  const client = await pool.connect();
  const chunks: Statement[][] = [];
  let current: Statement[] = [];
  const db = drizzle({
    client,
    schema,
    logger: { logQuery: (text, values) => current.push({ text, values: [...values] }) },
  });
  try {
    await client.query('BEGIN');
    for (let i = 0; i < ids.length; i += chunk) {
      current = [];
      await applySlaToTickets(db, workspaceId, ids.slice(i, i + chunk));
      chunks.push(current);
    }
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
  return chunks;
}

/**
 * One raw recompute run: a progress row, then per chunk one transaction with the captured
 * statements and the progress update, like the job's; finished at the end. Returns tickets done.
 */
export async function replaySlaRun(
  client: pg.ClientBase,
  workspaceId: string,
  chunks: readonly Statement[][],
  chunkSizes: readonly number[],
): Promise<void> {
  const total = chunkSizes.reduce((a, b) => a + b, 0);
  const run = await client.query<{ id: string }>(
    `INSERT INTO sla_recompute_runs (workspace_id, state, total) VALUES ($1, 'running', $2) RETURNING id`,
    [workspaceId, total],
  );
  const runId = run.rows[0]?.id;
  for (const [i, statements] of chunks.entries()) {
    await client.query('BEGIN');
    await replayStatements(client, statements);
    await client.query('UPDATE sla_recompute_runs SET done = done + $2 WHERE id = $1', [
      runId,
      chunkSizes[i] ?? 0,
    ]);
    await client.query('COMMIT');
  }
  await client.query(`UPDATE sla_recompute_runs SET state = 'finished', finished_at = now() WHERE id = $1`, [
    runId,
  ]);
}
