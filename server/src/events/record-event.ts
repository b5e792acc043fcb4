import { sql } from 'drizzle-orm';
import type { EventType, FieldChange } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { events } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { presentEvent } from '../presenters/present-event';
import { runInTransactionProcessors } from './in-transaction-processors';

/** Channel used with LISTEN/NOTIFY to fan events out to every app process. */
export const EVENTS_CHANNEL = 'atiende_events';
/** NOTIFY payloads must stay under 8000 bytes; larger events travel by id only. */
const MAX_NOTIFY_BYTES = 7_500;

export interface RecordEventInput {
  type: EventType;
  ticketId?: string | null;
  entityId?: string | null;
  changes?: FieldChange[];
}

/**
 * Writes an event in the caller's transaction and queues its notification. PostgreSQL delivers
 * NOTIFY only when the transaction commits, so listeners never see an event whose change was
 * rolled back, and always see it after the data is visible. In-transaction processors (SLA clocks,
 * survey invitations) then run in the same transaction.
 */
export async function recordEvent(tx: DbOrTx, ctx: AuthContext, input: RecordEventInput): Promise<void> {
  const [row] = await tx
    .insert(events)
    .values({
      workspaceId: ctx.workspaceId,
      type: input.type,
      ticketId: input.ticketId ?? null,
      entityId: input.entityId ?? null,
      actor: ctx.actor,
      changes: input.changes ?? [],
    })
    .returning();
  if (!row) throw new Error('event insert returned nothing');
  let payload = JSON.stringify({ workspaceId: ctx.workspaceId, event: presentEvent(row) });
  if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) {
    payload = JSON.stringify({ workspaceId: ctx.workspaceId, eventId: String(row.id) });
  }
  await tx.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${payload})`);
  await runInTransactionProcessors(tx, ctx, input);
}
