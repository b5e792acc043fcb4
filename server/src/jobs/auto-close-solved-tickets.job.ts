import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { recordEvent } from '../events/record-event';
import { systemContext, type AuthContext } from '../lib/auth-context';
import type { JobDefinition } from './job';
import { workspaceScope, type JobRunOptions } from './workspace-scope';

const ACTOR_NAME: Record<string, string> = {
  es: 'Cierre automático',
  en: 'Auto-close',
  'pt-BR': 'Fechamento automático',
};

/** The system actor the history shows for an automatic close, in the workspace's language. */
function autoCloseContext(workspaceId: string, locale: string): AuthContext {
  return {
    ...systemContext(workspaceId),
    actor: { type: 'system', name: ACTOR_NAME[locale] ?? 'Cierre automático' },
  };
}

interface DueRow extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  locale: string;
  custom_status_id: string | null;
  custom_status_name: string | null;
}

/**
 * Closes solved tickets whose `solved_at` is older than their workspace's `auto_close_after_days`
 * (0 = never), in batches of `batchSize`, each batch one transaction that locks its rows (SKIP
 * LOCKED, so two workers share the work) and records one `ticket.updated` per ticket as the
 * system actor "Cierre automático" (a custom status of the solved category is cleared, as any
 * change of category does). Required-on-solve fields were checked when the ticket was
 * solved, so they are not checked again. Idempotent: only still-solved tickets are touched.
 * Returns how many tickets it closed. `options.workspaceIds` limits the run to some workspaces.
 */
export async function autoCloseSolvedTickets(db: Db, options: JobRunOptions = {}): Promise<number> {
  const { now = new Date(), batchSize = 200 } = options;
  let closed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx.execute<DueRow>(sql`
        SELECT t.id, t.workspace_id, w.default_locale AS locale,
               t.custom_status_id, s.name AS custom_status_name
        FROM tickets t
        JOIN workspaces w ON w.id = t.workspace_id
        LEFT JOIN ticket_statuses s ON s.id = t.custom_status_id
        WHERE t.status = 'solved'
          AND w.auto_close_after_days > 0
          AND ${workspaceScope(options.workspaceIds)}
          AND t.solved_at < ${now.toISOString()}::timestamptz - make_interval(days => w.auto_close_after_days)
        ORDER BY t.solved_at
        LIMIT ${batchSize}
        FOR UPDATE OF t SKIP LOCKED`);
      for (const row of due.rows) {
        await tx.execute(sql`
          UPDATE tickets SET status = 'closed', custom_status_id = NULL,
            closed_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
          WHERE id = ${row.id}`);
        await recordEvent(tx, autoCloseContext(row.workspace_id, row.locale), {
          type: 'ticket.updated',
          ticketId: row.id,
          entityId: row.id,
          changes: [
            { field: 'status', from: 'solved', to: 'closed' },
            ...(row.custom_status_id === null
              ? []
              : [
                  {
                    field: 'customStatus',
                    from: { id: row.custom_status_id, name: row.custom_status_name ?? '' },
                    to: null,
                  },
                ]),
          ],
        });
      }
      return due.rows.length;
    });
    closed += count;
    if (count < batchSize) return closed;
  }
}

/** Hourly: solved tickets close by themselves after the workspace's configured number of days. */
export const autoCloseSolvedTicketsJob: JobDefinition = {
  name: 'auto-close-solved-tickets',
  cron: '23 * * * *',
  retryLimit: 3,
  handler: async ({ database: { db } }) => {
    await autoCloseSolvedTickets(db);
  },
};
