import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database';
import { tickets } from '../../../db/schema';
import { linkFollowUp } from '../../../commands/tickets/follow-up-link';
import { openTicket } from '../../../commands/tickets/open-ticket';
import type { AuthContext } from '../../../lib/auth-context';
import { createEmailThread } from '../thread/email-threads';
import { normalizeSubject } from '../thread/thread-keys';
import { storableText } from '../clean-text';
import type { SenderContact } from './sender-contact';

export interface NewEmailTicketInput {
  mailbox: { id: string; name: string; teamId: string | null };
  requester: SenderContact;
  subject: string;
  /** The closed ticket this message answered: the new ticket is its follow-up. */
  followUpOf: { ticketId: string; number: number } | null;
}

export interface CreatedEmailTicket {
  ticketId: string;
  number: number;
  subject: string;
  messageId: string;
}

/** The subject a ticket gets from an email: without Re:/Fwd: prefixes and our [#n] tokens. */
export function ticketSubjectOf(subject: string): string {
  const clean = normalizeSubject(storableText(subject)).slice(0, 300).trim();
  return clean === '' ? '(sin asunto)' : clean;
}

/**
 * Opens a ticket from an inbound email in the mailbox's team, with the message written by
 * `writeMessage`, and gives it an email thread (reply token). Records `ticket.created` (naming the
 * mailbox, and the closed ticket it follows up) and `message.created`, as the customer; a
 * follow-up is also linked `follow_up_of` to the closed ticket, so both ticket views show it.
 */
export async function createEmailTicket(
  tx: Tx,
  ctx: AuthContext,
  input: NewEmailTicketInput,
  writeMessage: (ticketId: string) => Promise<string>,
): Promise<CreatedEmailTicket> {
  const subject = ticketSubjectOf(input.subject);
  const followUp = input.followUpOf
    ? { id: input.followUpOf.ticketId, number: input.followUpOf.number }
    : null;
  const followUpChange = followUp ? [{ field: 'followUpOf', from: null, to: followUp }] : [];
  const opened = await openTicket(
    tx,
    ctx,
    {
      subject,
      priority: 'normal',
      type: null,
      channel: 'email',
      requester: input.requester,
      assigneeId: null,
      teamId: input.mailbox.teamId,
      tags: [],
    },
    {
      writeFirstMessage: (ticketId) => writeMessage(ticketId),
      ticketChanges: [
        { field: 'mailbox', from: null, to: { id: input.mailbox.id, name: input.mailbox.name } },
        ...followUpChange,
      ],
      messageChanges: followUpChange,
    },
  );
  await createEmailThread(tx, {
    ticketId: opened.ticketId,
    workspaceId: ctx.workspaceId,
    mailboxId: input.mailbox.id,
    followUpOfTicketId: input.followUpOf?.ticketId ?? null,
  });
  if (input.followUpOf) {
    const [closed] = await tx
      .select({ id: tickets.id, number: tickets.number, subject: tickets.subject })
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, input.followUpOf.ticketId)));
    if (closed) {
      await linkFollowUp(tx, ctx, { id: opened.ticketId, number: opened.number, subject }, closed);
    }
  }
  return { ticketId: opened.ticketId, number: opened.number, subject, messageId: opened.messageId };
}
