import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { CreateMessageInput, Message } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { attachments, messages, tickets } from '../../db/schema';
import { AppError, invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { htmlToText, sanitizeMessageHtml, textToHtml } from '../../lib/message-html';
import { recordEvent } from '../../events/record-event';
import { queueReplyEmail } from '../../channels/email/outbound/queue-reply-email';
import { defaultJobSender, type JobSender } from '../../jobs/job-sender';
import { authorize } from '../../policies/abilities';
import { getMessage } from '../../queries/messages';
import { countNewMessage } from './count-new-message';
import { authorOf } from './message-author';

/**
 * Refuses the message (409 `ticket_changed`) when someone else wrote on the ticket after
 * `lastSeenId`, the newest message the agent had seen (null: they had seen none). Order is
 * created_at then id. The caller's own messages never count: they have seen them.
 */
async function assertNoNewMessages(
  tx: Tx,
  ctx: AuthContext,
  ticketId: string,
  lastSeenId: string | null,
): Promise<void> {
  let after = sql`true`;
  if (lastSeenId !== null) {
    const [seen] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(
        and(
          eq(messages.workspaceId, ctx.workspaceId),
          eq(messages.ticketId, ticketId),
          eq(messages.id, lastSeenId),
        ),
      );
    if (!seen) throw invalidField('lastSeenMessageId', 'Not a message of this ticket');
    // Compared in SQL: created_at has microseconds, a JS Date only milliseconds.
    after = sql`(${messages.createdAt}, ${messages.id}) > (SELECT seen.created_at, seen.id FROM messages seen WHERE seen.id = ${lastSeenId}::uuid)`;
  }
  const notMine =
    ctx.agentId === null
      ? sql`true`
      : or(
          ne(messages.authorType, 'agent'),
          isNull(messages.authorAgentId),
          ne(messages.authorAgentId, ctx.agentId),
        );
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(messages)
    .where(and(eq(messages.workspaceId, ctx.workspaceId), eq(messages.ticketId, ticketId), after, notMine));
  const count = row?.count ?? 0;
  if (count > 0) {
    throw new AppError(
      'ticket_changed',
      `${String(count)} new message${count === 1 ? '' : 's'} arrived since you opened this ticket`,
    );
  }
}

/**
 * Adds a public reply or an internal note to a ticket. The HTML body is sanitized whatever the
 * client sent; attachments must be uploads of this workspace not yet used by another message.
 * With `lastSeenMessageId`, a ticket others wrote on since is refused with 409 `ticket_changed`
 * (collision detection) unless `ignoreNewMessages`. A closed ticket refuses messages (409).
 * Status rules are in `countNewMessage`: an agent's message opens a `new` ticket, a customer's
 * reopens a solved or pending one. A public reply on an email ticket is queued for sending in the
 * same transaction (outbox row + job on `options.jobs`), so it is sent if and only if it was saved.
 */
export async function addMessage(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  input: CreateMessageInput,
  options: { jobs?: JobSender } = {},
): Promise<Message> {
  authorize(ctx, 'tickets.write');
  const messageId = await db.transaction(async (tx) => {
    const [ticket] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)))
      .for('update');
    if (!ticket) throw notFound('Ticket');
    if (ticket.status === 'closed') throw new AppError('conflict', 'A closed ticket cannot receive messages');
    if (ticket.status === 'trashed') {
      throw new AppError('conflict', 'A ticket in the trash cannot receive messages; restore it first');
    }
    if (input.lastSeenMessageId !== undefined && input.ignoreNewMessages !== true) {
      await assertNoNewMessages(tx, ctx, ticketId, input.lastSeenMessageId);
    }

    const html = input.bodyHtml?.trim() ? sanitizeMessageHtml(input.bodyHtml) : textToHtml(input.bodyText);
    const text = input.bodyText || htmlToText(html);
    const author = authorOf(ctx);
    const now = new Date();
    const [message] = await tx
      .insert(messages)
      .values({
        workspaceId: ctx.workspaceId,
        ticketId,
        kind: input.kind,
        channel: ticket.channel,
        ...author,
        bodyText: text,
        bodyHtml: html,
        createdAt: now,
      })
      .returning({ id: messages.id });
    if (!message) throw new Error('message insert returned nothing');

    if (input.attachmentIds.length > 0) {
      const claimed = await tx
        .update(attachments)
        .set({ messageId: message.id })
        .where(
          and(
            eq(attachments.workspaceId, ctx.workspaceId),
            inArray(attachments.id, input.attachmentIds),
            isNull(attachments.messageId),
          ),
        )
        .returning({ id: attachments.id });
      if (claimed.length !== new Set(input.attachmentIds).size) {
        throw invalidField('attachmentIds', 'Unknown or already used attachment');
      }
    }

    await queueReplyEmail(tx, options.jobs ?? defaultJobSender(), {
      workspaceId: ctx.workspaceId,
      ticket,
      message: { id: message.id, kind: input.kind, authorType: author.authorType },
    });

    const changes = await countNewMessage(tx, ticket, {
      authorType: author.authorType,
      kind: input.kind,
      at: now,
    });
    await recordEvent(tx, ctx, {
      type: 'message.created',
      ticketId,
      entityId: message.id,
      changes: [{ field: 'kind', from: null, to: input.kind }],
    });
    if (changes.length > 0)
      await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId, entityId: ticketId, changes });
    return message.id;
  });
  return getMessage(db, ctx, messageId);
}
