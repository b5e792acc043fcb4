import type { FieldChange } from '@atiende/contracts';
import type { Tx } from '../../../db/database';
import { tickets } from '../../../db/schema';
import { nextTicketNumber } from '../../../commands/tickets/next-ticket-number';
import { recordEvent } from '../../../events/record-event';
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
 * mailbox, and the closed ticket it follows up) and `message.created`, as the customer.
 */
export async function createEmailTicket(
  tx: Tx,
  ctx: AuthContext,
  input: NewEmailTicketInput,
  writeMessage: (ticketId: string) => Promise<string>,
): Promise<CreatedEmailTicket> {
  const number = await nextTicketNumber(tx, ctx.workspaceId);
  const subject = ticketSubjectOf(input.subject);
  const now = new Date();
  const [ticket] = await tx
    .insert(tickets)
    .values({
      workspaceId: ctx.workspaceId,
      number,
      subject,
      status: 'new',
      priority: 'normal',
      type: null,
      channel: 'email',
      requesterContactId: input.requester.id,
      companyId: input.requester.companyId,
      assigneeAgentId: null,
      teamId: input.mailbox.teamId,
      tags: [],
      messageCount: 1,
      createdAt: now,
      updatedAt: now,
      lastMessageAt: now,
    })
    .returning({ id: tickets.id });
  if (!ticket) throw new Error('ticket insert returned nothing');
  const messageId = await writeMessage(ticket.id);
  await createEmailThread(tx, {
    ticketId: ticket.id,
    workspaceId: ctx.workspaceId,
    mailboxId: input.mailbox.id,
    followUpOfTicketId: input.followUpOf?.ticketId ?? null,
  });
  const followUp = input.followUpOf
    ? { id: input.followUpOf.ticketId, number: input.followUpOf.number }
    : null;
  const changes: FieldChange[] = [
    { field: 'number', from: null, to: number },
    { field: 'subject', from: null, to: subject },
    { field: 'status', from: null, to: 'new' },
    { field: 'priority', from: null, to: 'normal' },
    { field: 'channel', from: null, to: 'email' },
    { field: 'mailbox', from: null, to: { id: input.mailbox.id, name: input.mailbox.name } },
    ...(followUp ? [{ field: 'followUpOf', from: null, to: followUp }] : []),
  ];
  await recordEvent(tx, ctx, { type: 'ticket.created', ticketId: ticket.id, entityId: ticket.id, changes });
  await recordEvent(tx, ctx, {
    type: 'message.created',
    ticketId: ticket.id,
    entityId: messageId,
    changes: [
      { field: 'kind', from: null, to: 'reply' },
      ...(followUp ? [{ field: 'followUpOf', from: null, to: followUp }] : []),
    ],
  });
  return { ticketId: ticket.id, number, subject, messageId };
}
