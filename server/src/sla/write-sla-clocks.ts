import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import type { ComputedSlaClock } from './compute-sla-clocks';

/** The SLA state to store for one ticket: its changed clocks, the metrics it keeps, and its columns. */
export interface TicketSlaWrite {
  ticketId: string;
  policyId: string | null;
  /** Clocks to insert or overwrite (the ones that differ from what is stored). */
  clocks: ComputedSlaClock[];
  /** Every metric the ticket has clocks for now; its other stored clocks are deleted. */
  keep: string[];
  slaDueAt: Date | null;
  slaPaused: boolean;
  slaBreachedAt: Date | null;
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/**
 * Stores the clocks of these tickets in ONE data-modifying statement: upserts each given clock,
 * deletes the tickets' clocks of metrics they no longer keep, and sets `tickets.sla_due_at`, `sla_paused` and
 * `sla_breached_at` (the earliest breach ever: never cleared). Does not touch `updated_at`: a
 * clock change is not an edit of the ticket. Rows outside `workspaceId` are never touched.
 */
export async function writeSlaClocks(
  db: DbOrTx,
  workspaceId: string,
  writes: TicketSlaWrite[],
  now: Date,
): Promise<void> {
  if (writes.length === 0) return;
  const clocks = writes.flatMap((w) =>
    w.clocks.map((c) => ({
      ticket_id: w.ticketId,
      metric: c.metric,
      policy_id: w.policyId,
      state: c.state,
      target_minutes: c.targetMinutes,
      started_at: iso(c.startedAt),
      due_at: iso(c.dueAt),
      remaining_seconds: c.remainingSeconds,
      stopped_at: iso(c.stoppedAt),
      breached_at: iso(c.breachedAt),
    })),
  );
  const ticketRows = writes.map((w) => ({
    id: w.ticketId,
    keep: w.keep.join(','),
    sla_due_at: iso(w.slaDueAt),
    sla_paused: w.slaPaused,
    sla_breached_at: iso(w.slaBreachedAt),
  }));
  // The ids as a real array too: the planner then probes the primary keys instead of scanning
  // the workspace (it cannot see how many rows json_to_recordset yields).
  const ids = sql`string_to_array(${writes.map((w) => w.ticketId).join(',')}, ',')::uuid[]`;
  await db.execute(sql`
    WITH clock_input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(clocks)}::json) AS c(
        ticket_id uuid, metric text, policy_id uuid, state text, target_minutes int,
        started_at timestamptz, due_at timestamptz, remaining_seconds int,
        stopped_at timestamptz, breached_at timestamptz)
    ), ticket_input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(ticketRows)}::json) AS t(
        id uuid, keep text, sla_due_at timestamptz, sla_paused boolean, sla_breached_at timestamptz)
    ), upserted AS (
      INSERT INTO ticket_sla_clocks AS k (workspace_id, ticket_id, metric, policy_id, state, target_minutes,
                                          started_at, due_at, remaining_seconds, stopped_at, breached_at, computed_at)
      SELECT ${workspaceId}::uuid, c.ticket_id, c.metric, c.policy_id, c.state, c.target_minutes,
             c.started_at, c.due_at, c.remaining_seconds, c.stopped_at, c.breached_at, ${now.toISOString()}::timestamptz
        FROM clock_input c
      ON CONFLICT (ticket_id, metric) DO UPDATE
        SET policy_id = excluded.policy_id, state = excluded.state, target_minutes = excluded.target_minutes,
            started_at = excluded.started_at, due_at = excluded.due_at,
            remaining_seconds = excluded.remaining_seconds, stopped_at = excluded.stopped_at,
            breached_at = excluded.breached_at, computed_at = excluded.computed_at
        WHERE k.workspace_id = excluded.workspace_id
      RETURNING 1
    ), removed AS (
      DELETE FROM ticket_sla_clocks k
       USING ticket_input t
       WHERE k.ticket_id = t.id AND k.ticket_id = ANY (${ids}) AND k.workspace_id = ${workspaceId}::uuid
         AND k.metric <> ALL (string_to_array(t.keep, ','))
      RETURNING 1
    ), updated AS (
      UPDATE tickets
         SET sla_due_at = t.sla_due_at, sla_paused = t.sla_paused,
             sla_breached_at = LEAST(tickets.sla_breached_at, t.sla_breached_at)
        FROM ticket_input t
       WHERE tickets.id = t.id AND tickets.id = ANY (${ids}) AND tickets.workspace_id = ${workspaceId}::uuid
         -- Only rows whose columns change: a ticket update rewrites every index of the table.
         AND (tickets.sla_due_at, tickets.sla_paused, tickets.sla_breached_at)
             IS DISTINCT FROM (t.sla_due_at, t.sla_paused, LEAST(tickets.sla_breached_at, t.sla_breached_at))
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM upserted)::int AS upserted, (SELECT count(*) FROM removed)::int AS removed,
           (SELECT count(*) FROM updated)::int AS updated`);
}
