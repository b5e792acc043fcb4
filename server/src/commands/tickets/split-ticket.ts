import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { SplitTicketInput, Ticket } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { messages, ticketLinks, tickets } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { lockedTicket, lockTickets } from '../ticket-relations/lock-tickets';
import { moveMessages, refreshMessageStats } from '../ticket-relations/move-messages';
import { openTicket } from './open-ticket';

/** The ids to move: the message alone, or it and every later one (same order as the conversation). */
async function messagesToMove(tx: Tx, ctx: AuthContext, ticketId: string, input: SplitTicketInput) {
  const inTicket = and(eq(messages.workspaceId, ctx.workspaceId), eq(messages.ticketId, ticketId));
  const [message] = await tx
    .select({ id: messages.id, createdAt: messages.createdAt })
    .from(messages)
    .where(and(inTicket, eq(messages.id, input.messageId)));
  if (!message) throw notFound('Message');
  const [total] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(inTicket);
  const ids = input.withLaterMessages
    ? (
        await tx
          .select({ id: messages.id })
          .from(messages)
          .where(
            and(
              inTicket,
              or(
                gt(messages.createdAt, message.createdAt),
                and(eq(messages.createdAt, message.createdAt), sql`${messages.id} >= ${message.id}`),
              ),
            ),
          )
          .orderBy(asc(messages.createdAt), asc(messages.id))
      ).map((m) => m.id)
    : [message.id];
  if (ids.length >= (total?.n ?? 0)) {
    throw new AppError('conflict', 'A split must leave at least one message on the original ticket');
  }
  return { firstId: message.id, ids };
}

/**
 * Splits a message (and every later one with `withLaterMessages`) off into a new ticket. The new
 * ticket is created by `openTicket`, the one creation path, whose first message is the existing
 * message moved over (not a copy), so numbering, `ticket.created` and time-in-stage work as for
 * any ticket. It takes the origin's requester, company, priority, type and team; its subject is
 * the input's or the origin's. The origin keeps at least one message (409 otherwise) and must not
 * be closed or trashed (409). Links the new ticket `split_from` the origin, fixes both tickets'
 * counts, and records `ticket.split` on both. Returns the new ticket.
 */
export async function splitTicket(
  db: DbOrTx,
  ctx: AuthContext,
  originId: string,
  input: SplitTicketInput,
): Promise<Ticket> {
  authorize(ctx, 'tickets.manage');
  const newId = await db.transaction(async (tx) => {
    const origin = lockedTicket(await lockTickets(tx, ctx, [originId]), originId);
    if (origin.status === 'closed' || origin.status === 'trashed') {
      throw new AppError(
        'conflict',
        `#${origin.number} is ${origin.status}; its messages cannot be split off`,
      );
    }
    const moving = await messagesToMove(tx, ctx, originId, input);
    const splitFrom = { field: 'splitFrom', from: null, to: origin.number };
    const opened = await openTicket(
      tx,
      ctx,
      {
        subject: input.subject ?? origin.subject,
        priority: origin.priority,
        type: origin.type,
        channel: origin.channel,
        requester: { id: origin.requesterContactId, companyId: origin.companyId },
        assigneeId: null,
        teamId: origin.teamId,
        tags: [],
      },
      {
        writeFirstMessage: async (ticketId) => {
          await moveMessages(tx, ctx.workspaceId, moving.ids, ticketId);
          return moving.firstId;
        },
        ticketChanges: [splitFrom],
        messageChanges: [splitFrom],
      },
    );
    await tx.insert(ticketLinks).values({
      workspaceId: ctx.workspaceId,
      sourceTicketId: opened.ticketId,
      targetTicketId: origin.id,
      kind: 'split_from',
      createdByAgentId: ctx.agentId,
    });
    await refreshMessageStats(tx, [origin.id, opened.ticketId]);
    await tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, origin.id));
    await recordEvent(tx, ctx, {
      type: 'ticket.split',
      ticketId: opened.ticketId,
      entityId: opened.ticketId,
      changes: [splitFrom, { field: 'messages', from: null, to: moving.ids.length }],
    });
    await recordEvent(tx, ctx, {
      type: 'ticket.split',
      ticketId: origin.id,
      entityId: opened.ticketId,
      changes: [{ field: 'splitInto', from: null, to: opened.number }],
    });
    return opened.ticketId;
  });
  return getTicket(db, ctx, newId);
}
