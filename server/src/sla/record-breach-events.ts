import { sql } from 'drizzle-orm';
import type { FieldChange } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { events } from '../db/schema';
import { runInTransactionProcessors } from '../events/in-transaction-processors';
import { EVENTS_CHANNEL, type RecordEventInput } from '../events/record-event';
import { systemContext, type AuthContext } from '../lib/auth-context';
import { presentEvent } from '../presenters/present-event';

/** NOTIFY payloads must stay under 8000 bytes; larger events travel by id only (as in recordEvent). */
const MAX_NOTIFY_BYTES = 7_500;

/** A breached clock to report: which ticket, which metric, and the due time that was missed. */
export interface BreachToReport {
  ticketId: string;
  metric: string;
  dueAt: Date;
}

/** The system actor of SLA events, as the history shows it. */
export function slaContext(workspaceId: string): AuthContext {
  return { ...systemContext(workspaceId), actor: { type: 'system', name: 'SLA' } };
}

/**
 * Records one `ticket.sla_breached` event per ticket (its changes: `sla.<metric>` → the missed due
 * time) as the system actor "SLA", in the caller's transaction: the same rows and NOTIFY payloads
 * as `recordEvent`, but in two statements for any number of tickets (a policy change can breach
 * thousands at once), then the in-transaction processors per event, as `recordEvent` does.
 */
export async function recordSlaBreaches(
  tx: DbOrTx,
  workspaceId: string,
  breaches: readonly BreachToReport[],
): Promise<void> {
  if (breaches.length === 0) return;
  const byTicket = new Map<string, FieldChange[]>();
  for (const breach of breaches) {
    const changes = byTicket.get(breach.ticketId) ?? [];
    changes.push({ field: `sla.${breach.metric}`, from: null, to: breach.dueAt.toISOString() });
    byTicket.set(breach.ticketId, changes);
  }
  const ctx = slaContext(workspaceId);
  const inputs: RecordEventInput[] = [...byTicket].map(([ticketId, changes]) => ({
    type: 'ticket.sla_breached',
    ticketId,
    entityId: ticketId,
    changes,
  }));
  const rows = await tx
    .insert(events)
    .values(
      inputs.map((input) => ({
        workspaceId,
        type: input.type,
        ticketId: input.ticketId ?? null,
        entityId: input.entityId ?? null,
        actor: ctx.actor,
        changes: input.changes ?? [],
      })),
    )
    .returning();
  const payloads = rows.map((row) => {
    const payload = JSON.stringify({ workspaceId, event: presentEvent(row) });
    return Buffer.byteLength(payload) > MAX_NOTIFY_BYTES
      ? JSON.stringify({ workspaceId, eventId: String(row.id) })
      : payload;
  });
  await tx.execute(
    sql`SELECT pg_notify(${EVENTS_CHANNEL}, p) FROM json_array_elements_text(${JSON.stringify(payloads)}::json) AS p`,
  );
  for (const input of inputs) await runInTransactionProcessors(tx, ctx, input);
}
