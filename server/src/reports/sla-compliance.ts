import { sql } from 'drizzle-orm';
import type { Dashboard } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';

/**
 * SLA compliance for [from, to): clocks that stopped in time in the window against clocks that
 * breached in it (stopped late, or still running past due), plus the unresolved tickets past due
 * now. Read from the clock table's stopped/breached indexes and the tickets' SLA-due index.
 */
export async function slaCompliance(
  db: DbOrTx,
  workspaceId: string,
  from: Date,
  to: Date,
): Promise<Dashboard['sla']> {
  const [clocks, open] = await Promise.all([
    db.execute<{ met: number; breached: number }>(sql`
      SELECT (count(*) FILTER (WHERE state = 'met' AND stopped_at >= ${from} AND stopped_at < ${to}))::int AS met,
             (count(*) FILTER (WHERE breached_at >= ${from} AND breached_at < ${to}))::int AS breached
        FROM ticket_sla_clocks
       WHERE workspace_id = ${workspaceId}
         AND ((stopped_at >= ${from} AND stopped_at < ${to}) OR (breached_at >= ${from} AND breached_at < ${to}))`),
    db.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM tickets
       WHERE workspace_id = ${workspaceId}
         AND status IN ('new', 'open', 'pending', 'on_hold')
         AND sla_due_at < now()`),
  ]);
  const met = clocks.rows[0]?.met ?? 0;
  const breached = clocks.rows[0]?.breached ?? 0;
  return {
    met,
    breached,
    compliance: met + breached > 0 ? met / (met + breached) : null,
    openBreached: open.rows[0]?.count ?? 0,
  };
}
