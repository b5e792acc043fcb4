import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { slaRecomputeRuns } from '../db/schema';
import { recordEvent } from '../events/record-event';
import { applySlaToTickets } from './apply-sla';
import { slaContext } from './record-breach-events';

/** How a recompute run is carried out. */
export interface RecomputeOptions {
  /** Tickets per transaction (default 500). */
  chunkSize?: number;
  /** Whether this is the job's last attempt: an error then marks the run failed. */
  lastAttempt?: boolean;
}

/** Every unresolved ticket of the workspace, in id order (the order chunks and resumption follow). */
async function unresolvedTicketIds(db: Db, workspaceId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT id FROM tickets
     WHERE workspace_id = ${workspaceId}::uuid AND status IN ('new', 'open', 'pending', 'on_hold')
     ORDER BY id`);
  return result.rows.map((r) => r.id);
}

/**
 * Runs one recompute: applies the workspace's current policies to every unresolved ticket, in
 * chunks of `chunkSize`, each chunk one transaction (clocks + breach events + `done`), so progress
 * is visible and a crash loses at most one chunk. `total` is set when the run starts; a retry
 * resumes one chunk before where `done` says it stopped (recomputing is idempotent, so redoing a
 * chunk is harmless). Solved and closed tickets keep their clocks as history. States: queued →
 * running → finished (with an `sla.updated` event, entry `recompute`, so clients refetch ticket
 * lists), or failed (with the error) when the last attempt fails.
 */
export async function recomputeWorkspaceSla(
  db: Db,
  runId: string,
  options: RecomputeOptions = {},
): Promise<void> {
  const { chunkSize = 500, lastAttempt = true } = options;
  const [run] = await db.select().from(slaRecomputeRuns).where(eq(slaRecomputeRuns.id, runId));
  if (!run || run.state === 'finished') return;
  const byId = and(eq(slaRecomputeRuns.id, runId), eq(slaRecomputeRuns.workspaceId, run.workspaceId));
  try {
    const ids = await unresolvedTicketIds(db, run.workspaceId);
    let start = 0;
    if (run.state === 'queued') {
      await db.update(slaRecomputeRuns).set({ state: 'running', total: ids.length, done: 0 }).where(byId);
    } else {
      start = Math.min(ids.length, Math.max(0, run.done - chunkSize));
      await db
        .update(slaRecomputeRuns)
        .set({ state: 'running', done: start, total: Math.max(run.total, ids.length), error: null })
        .where(byId);
    }
    for (let offset = start; offset < ids.length; offset += chunkSize) {
      const chunk = ids.slice(offset, offset + chunkSize);
      await db.transaction(async (tx) => {
        // Ticket rows first, in id order, as commands do (ticket, then its clocks): no deadlocks.
        await tx.execute(sql`
          SELECT id FROM tickets
           WHERE workspace_id = ${run.workspaceId}::uuid
             AND id = ANY (string_to_array(${chunk.join(',')}, ',')::uuid[])
           ORDER BY id FOR UPDATE`);
        await applySlaToTickets(tx, run.workspaceId, chunk);
        await tx
          .update(slaRecomputeRuns)
          .set({
            done: sql`${slaRecomputeRuns.done} + ${chunk.length}`,
            total: sql`greatest(${slaRecomputeRuns.total}, ${slaRecomputeRuns.done} + ${chunk.length})`,
          })
          .where(byId);
      });
    }
    await db.transaction(async (tx) => {
      await tx.update(slaRecomputeRuns).set({ state: 'finished', finishedAt: new Date() }).where(byId);
      // Tells every open client that the tickets' SLA changed, so lists and boards refetch.
      await recordEvent(tx, slaContext(run.workspaceId), {
        type: 'sla.updated',
        entityId: runId,
        changes: [
          { field: 'entry', from: null, to: 'recompute' },
          { field: 'state', from: 'running', to: 'finished' },
        ],
      });
    });
  } catch (error) {
    if (lastAttempt) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(slaRecomputeRuns)
        .set({ state: 'failed', error: message, finishedAt: new Date() })
        .where(byId);
    }
    throw error;
  }
}
