import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CreateMessageInput, FieldChange, Message } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { attachments, messages, tickets } from '../../db/schema';
import { AppError, invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { htmlToText, sanitizeMessageHtml, textToHtml } from '../../lib/message-html';
import { recordEvent } from '../../events/record-event';
import { queueReplyEmail } from '../../channels/email/outbound/queue-reply-email';
import { defaultJobSender, type JobSender } from '../../jobs/job-sender';
import { authorize } from '../../policies/abilities';
import { getMessage } from '../../queries/messages';
import { authorOf } from './message-author';

/**
 * Adds a public reply or an internal note to a ticket. The HTML body is sanitized whatever the
 * client sent; attachments must be uploads of this workspace not yet used by another message.
 * An agent's first public reply stamps first_response_at; any agent message moves a `new`
 * ticket to `open`. A public reply on an email ticket is queued for sending in the same
 * transaction (outbox row + job on `options.jobs`), so it is sent if and only if it was saved.
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

    const byAgent = author.authorType === 'agent';
    const changes: FieldChange[] = [];
    const becomesOpen = byAgent && ticket.status === 'new';
    if (becomesOpen) changes.push({ field: 'status', from: 'new', to: 'open' });
    const firstResponse = byAgent && input.kind === 'reply' && ticket.firstResponseAt === null;
    await tx
      .update(tickets)
      .set({
        messageCount: sql`${tickets.messageCount} + 1`,
        lastMessageAt: now,
        updatedAt: now,
        ...(becomesOpen ? { status: 'open' as const } : {}),
        ...(firstResponse ? { firstResponseAt: now } : {}),
      })
      .where(eq(tickets.id, ticketId));
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
