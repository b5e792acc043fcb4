import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { emailMessageIds, messages, tickets } from '../../db/schema';

/**
 * Moves messages of the workspace to another ticket. Attachments and email details hang off the
 * message and follow it; the message's Message-IDs move too, so a customer answering one of those
 * emails lands on the ticket that now holds the conversation. Counts are not touched here: call
 * `refreshMessageStats` on every ticket involved afterwards.
 */
export async function moveMessages(
  tx: Tx,
  workspaceId: string,
  messageIds: readonly string[],
  toTicketId: string,
): Promise<void> {
  if (messageIds.length === 0) return;
  const ids = [...messageIds];
  await tx
    .update(messages)
    .set({ ticketId: toTicketId })
    .where(and(eq(messages.workspaceId, workspaceId), inArray(messages.id, ids)));
  await tx
    .update(emailMessageIds)
    .set({ ticketId: toTicketId })
    .where(and(eq(emailMessageIds.workspaceId, workspaceId), inArray(emailMessageIds.messageId, ids)));
}

/**
 * Recomputes what a ticket derives from its messages after messages moved in or out: the count,
 * the time of the last one, and the first response when the ticket had none yet (an agent reply
 * that came with the moved messages). One statement, whatever the number of tickets.
 */
export async function refreshMessageStats(tx: Tx, ticketIds: readonly string[]): Promise<void> {
  if (ticketIds.length === 0) return;
  await tx
    .update(tickets)
    .set({
      messageCount: sql`(SELECT count(*)::int FROM ${messages} WHERE ${messages.ticketId} = ${tickets.id})`,
      lastMessageAt: sql`COALESCE((SELECT max(${messages.createdAt}) FROM ${messages} WHERE ${messages.ticketId} = ${tickets.id}), ${tickets.lastMessageAt})`,
      firstResponseAt: sql`COALESCE(${tickets.firstResponseAt}, (SELECT min(${messages.createdAt}) FROM ${messages} WHERE ${messages.ticketId} = ${tickets.id} AND ${messages.kind} = 'reply' AND ${messages.authorType} = 'agent'))`,
    })
    .where(inArray(tickets.id, [...ticketIds]));
}
