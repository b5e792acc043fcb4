import { eq, sql } from 'drizzle-orm';
import type { FieldChange } from '@atiende/contracts';
import type { Tx } from '../../../db/database';
import { tickets } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import type { AuthContext } from '../../../lib/auth-context';
import { REOPEN_COLUMNS } from '../../../commands/tickets/ticket-rules';

/** Statuses a customer's reply moves back to `open`: the ball is in our court again. */
const REOPENED_BY_REPLY = new Set(['solved', 'pending']);

/**
 * Adds an inbound email to an existing ticket (under a row lock): a solved or pending ticket
 * reopens (`ticket.updated` status → open; solved_at, resolution and custom status cleared). Returns null when the ticket was
 * closed meanwhile, so the caller opens a follow-up instead.
 */
export async function appendEmailMessage(
  tx: Tx,
  ctx: AuthContext,
  ticketId: string,
  writeMessage: (ticketId: string) => Promise<string>,
): Promise<{ messageId: string; reopened: boolean } | null> {
  const [ticket] = await tx
    .select({ status: tickets.status })
    .from(tickets)
    .where(eq(tickets.id, ticketId))
    .for('update');
  if (!ticket || ticket.status === 'closed') return null;
  const messageId = await writeMessage(ticketId);
  const reopened = REOPENED_BY_REPLY.has(ticket.status);
  const now = new Date();
  await tx
    .update(tickets)
    .set({
      messageCount: sql`${tickets.messageCount} + 1`,
      lastMessageAt: now,
      updatedAt: now,
      ...(reopened ? REOPEN_COLUMNS : {}),
    })
    .where(eq(tickets.id, ticketId));
  await recordEvent(tx, ctx, {
    type: 'message.created',
    ticketId,
    entityId: messageId,
    changes: [{ field: 'kind', from: null, to: 'reply' }],
  });
  if (reopened) {
    const changes: FieldChange[] = [{ field: 'status', from: ticket.status, to: 'open' }];
    await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId, entityId: ticketId, changes });
  }
  return { messageId, reopened };
}
