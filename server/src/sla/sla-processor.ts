import type { EventType } from '@atiende/contracts';
import type { InTransactionProcessor } from '../events/in-transaction-processors';
import { applySlaToTickets } from './apply-sla';

/**
 * Events after which a ticket's clocks may differ: its creation, a field change (status,
 * priority, team, tags…), a message, trash/restore, merge and split. Every other event is
 * ignored, above all `ticket.sla_breached`, which this engine records itself (no loops).
 */
const RECOMPUTE_ON = new Set<EventType>([
  'ticket.created',
  'ticket.updated',
  'message.created',
  'ticket.trashed',
  'ticket.restored',
  'ticket.merged',
  'ticket.split',
]);

/**
 * Keeps a ticket's SLA clocks current inside the transaction that changed it: the commands record
 * their event after the writes it describes, so the recompute sees the new state and commits or
 * rolls back with it.
 */
export const slaProcessor: InTransactionProcessor = async (tx, ctx, event) => {
  if (!RECOMPUTE_ON.has(event.type) || !event.ticketId) return;
  await applySlaToTickets(tx, ctx.workspaceId, [event.ticketId]);
};
