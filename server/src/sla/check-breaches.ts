import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { workspaceScope, type JobRunOptions } from '../jobs/workspace-scope';
import { recordSlaBreaches, type BreachToReport } from './record-breach-events';

interface DueClockRow extends Record<string, unknown> {
  workspace_id: string;
  ticket_id: string;
  metric: string;
  due_ms: number;
}

/**
 * Marks running clocks whose due time has passed as breached (`breached_at` = the due time,
 * nothing left at that moment), raises `tickets.sla_breached_at` to the first breach, and records
 * one `ticket.sla_breached` per ticket as the system actor "SLA" so lists and history update live.
 * Batches of `batchSize` (default 500), each one transaction that locks its clocks and their
 * tickets with SKIP LOCKED: two workers never report the same breach, and a ticket being changed
 * by a command is left to that command's own recompute (which reports the breach itself).
 * Idempotent: a breached clock is no longer `running`. Returns how many clocks it marked.
 */
export async function checkSlaBreaches(db: Db, options: JobRunOptions = {}): Promise<number> {
  const { now = new Date(), batchSize = 500 } = options;
  let marked = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx.execute<DueClockRow>(sql`
        SELECT k.workspace_id, k.ticket_id, k.metric, (extract(epoch from k.due_at) * 1000)::float8 AS due_ms
          FROM ticket_sla_clocks k
          JOIN tickets t ON t.id = k.ticket_id
         WHERE k.state = 'running' AND k.due_at <= ${now.toISOString()}::timestamptz
           AND ${workspaceScope(options.workspaceIds)}
         ORDER BY k.due_at
         LIMIT ${batchSize}
         FOR UPDATE OF k, t SKIP LOCKED`);
      if (due.rows.length === 0) return 0;
      const keys = JSON.stringify(due.rows.map((r) => ({ ticket_id: r.ticket_id, metric: r.metric })));
      await tx.execute(sql`
        WITH input AS (
          SELECT * FROM json_to_recordset(${keys}::json) AS i(ticket_id uuid, metric text)
        ), marked AS (
          UPDATE ticket_sla_clocks k
             SET state = 'breached', breached_at = k.due_at, remaining_seconds = 0, computed_at = k.due_at
            FROM input i
           WHERE k.ticket_id = i.ticket_id AND k.metric = i.metric AND k.state = 'running'
          RETURNING k.ticket_id, k.due_at
        )
        UPDATE tickets t SET sla_breached_at = LEAST(t.sla_breached_at, m.first_due)
          FROM (SELECT ticket_id, min(due_at) AS first_due FROM marked GROUP BY ticket_id) m
         WHERE t.id = m.ticket_id`);
      const byWorkspace = new Map<string, BreachToReport[]>();
      for (const row of due.rows) {
        const list = byWorkspace.get(row.workspace_id) ?? [];
        list.push({ ticketId: row.ticket_id, metric: row.metric, dueAt: new Date(row.due_ms) });
        byWorkspace.set(row.workspace_id, list);
      }
      for (const [workspaceId, breaches] of byWorkspace) await recordSlaBreaches(tx, workspaceId, breaches);
      return due.rows.length;
    });
    marked += count;
    if (count < batchSize) return marked;
  }
}
