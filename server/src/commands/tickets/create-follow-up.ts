import { and, eq } from 'drizzle-orm';
import type { CreateFollowUpInput, Ticket } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { emailThreads, messages, tickets, workspaces } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { textToHtml } from '../../lib/message-html';
import { recordEvent } from '../../events/record-event';
import { queueReplyEmail } from '../../channels/email/outbound/queue-reply-email';
import { createEmailThread } from '../../channels/email/thread/email-threads';
import { defaultJobSender, type JobSender } from '../../jobs/job-sender';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { linkFollowUp } from './follow-up-link';
import { authorOf } from './message-author';
import { openTicket } from './open-ticket';

const PREFIX: Record<string, string> = {
  es: 'Seguimiento: ',
  en: 'Follow-up: ',
  'pt-BR': 'Acompanhamento: ',
};

/** "Seguimiento: <subject>" in the workspace's language, without stacking prefixes, ≤ 300 chars. */
async function followUpSubject(tx: Tx, workspaceId: string, subject: string): Promise<string> {
  const [ws] = await tx
    .select({ locale: workspaces.defaultLocale })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const prefix = PREFIX[ws?.locale ?? 'es'] ?? 'Seguimiento: ';
  return (subject.startsWith(prefix) ? subject : prefix + subject).slice(0, 300);
}

/** The follow-up answers from the closed ticket's mailbox, and replies to it thread onto it. */
async function inheritEmailThread(tx: Tx, workspaceId: string, closedId: string, followUpId: string) {
  const [thread] = await tx
    .select({ mailboxId: emailThreads.mailboxId })
    .from(emailThreads)
    .where(and(eq(emailThreads.workspaceId, workspaceId), eq(emailThreads.ticketId, closedId)));
  if (!thread) return;
  await createEmailThread(tx, {
    ticketId: followUpId,
    workspaceId,
    mailboxId: thread.mailboxId,
    followUpOfTicketId: closedId,
  });
}

/**
 * Reopens the conversation of a closed ticket (which is immutable) as a new ticket: same
 * requester, company, type, priority, team and channel, assigned to the calling agent, subject
 * from the input or "Seguimiento: <closed subject>", and the agent's `bodyText` as its first
 * message (a public reply). It is linked `follow_up_of` to the closed ticket. On an email ticket
 * the reply is queued for sending from the closed ticket's mailbox in the same transaction.
 * Anything but a closed ticket answers 409 (reply on the ticket itself instead).
 */
export async function createFollowUp(
  db: DbOrTx,
  ctx: AuthContext,
  closedId: string,
  input: CreateFollowUpInput,
  options: { jobs?: JobSender } = {},
): Promise<Ticket> {
  authorize(ctx, 'tickets.write');
  const id = await db.transaction(async (tx) => {
    const [closed] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, closedId)))
      .for('share');
    if (!closed) throw notFound('Ticket');
    if (closed.status !== 'closed') {
      throw new AppError('conflict', 'Only a closed ticket takes a follow-up; reply on the ticket itself');
    }
    const subject = input.subject ?? (await followUpSubject(tx, ctx.workspaceId, closed.subject));
    const author = authorOf(ctx);
    const bodyHtml = textToHtml(input.bodyText);
    let answeredAt = new Date();
    const opened = await openTicket(
      tx,
      ctx,
      {
        subject,
        priority: closed.priority,
        type: closed.type,
        channel: closed.channel,
        requester: { id: closed.requesterContactId, companyId: closed.companyId },
        assigneeId: ctx.agentId ?? closed.assigneeAgentId,
        teamId: closed.teamId,
        tags: [],
      },
      {
        writeFirstMessage: async (ticketId, at) => {
          answeredAt = at;
          const [message] = await tx
            .insert(messages)
            .values({
              workspaceId: ctx.workspaceId,
              ticketId,
              kind: 'reply',
              channel: closed.channel,
              ...author,
              bodyText: input.bodyText,
              bodyHtml,
              createdAt: at,
            })
            .returning({ id: messages.id });
          if (!message) throw new Error('message insert returned nothing');
          return message.id;
        },
        ticketChanges: [{ field: 'followUpOf', from: null, to: { id: closed.id, number: closed.number } }],
      },
    );
    // The agent already answered: the ticket is open and has its first response.
    await tx
      .update(tickets)
      .set({ status: 'open', firstResponseAt: answeredAt })
      .where(eq(tickets.id, opened.ticketId));
    await recordEvent(tx, ctx, {
      type: 'ticket.updated',
      ticketId: opened.ticketId,
      entityId: opened.ticketId,
      changes: [{ field: 'status', from: 'new', to: 'open' }],
    });
    await linkFollowUp(
      tx,
      ctx,
      { id: opened.ticketId, number: opened.number, subject },
      { id: closed.id, number: closed.number, subject: closed.subject },
    );
    if (closed.channel === 'email') await inheritEmailThread(tx, ctx.workspaceId, closed.id, opened.ticketId);
    await queueReplyEmail(tx, options.jobs ?? defaultJobSender(), {
      workspaceId: ctx.workspaceId,
      ticket: {
        id: opened.ticketId,
        number: opened.number,
        subject,
        channel: closed.channel,
        requesterContactId: closed.requesterContactId,
      },
      message: { id: opened.messageId, kind: 'reply', authorType: author.authorType },
    });
    return opened.ticketId;
  });
  return getTicket(db, ctx, id);
}
