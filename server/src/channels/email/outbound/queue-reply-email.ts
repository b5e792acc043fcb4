import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/database';
import { contacts, ticketFollowers } from '../../../db/schema';
import type { JobSender } from '../../../jobs/job-sender';
import { ensureEmailThread } from '../thread/email-threads';
import { normalizeSubject } from '../thread/thread-keys';
import { insertOutboundEmail } from './insert-outbound-email';

export interface ReplyEmailInput {
  workspaceId: string;
  ticket: { id: string; number: number; subject: string; channel: string; requesterContactId: string };
  message: { id: string; kind: 'reply' | 'note'; authorType: 'agent' | 'contact' | 'system' };
}

/**
 * The outbound hook of a new message: a public reply by an agent (or integration) on an email
 * ticket is queued for sending to the requester, with the ticket's followers in Cc, in the
 * message's own transaction. Notes, customer messages and other channels send nothing; neither
 * does a workspace without a mailbox or a requester without an email address.
 */
export async function queueReplyEmail(
  tx: DbOrTx,
  jobs: JobSender,
  input: ReplyEmailInput,
): Promise<string | null> {
  const { ticket, message, workspaceId } = input;
  if (ticket.channel !== 'email' || message.kind !== 'reply' || message.authorType === 'contact') return null;
  const [requester] = await tx
    .select({ email: contacts.email })
    .from(contacts)
    .where(eq(contacts.id, ticket.requesterContactId));
  if (!requester?.email) return null;
  const thread = await ensureEmailThread(tx, workspaceId, ticket.id);
  if (!thread) return null;
  const followers = await tx
    .select({ email: contacts.email })
    .from(ticketFollowers)
    .innerJoin(contacts, eq(contacts.id, ticketFollowers.contactId))
    .where(and(eq(ticketFollowers.ticketId, ticket.id), ne(contacts.id, ticket.requesterContactId)));
  const cc = followers.map((f) => f.email).filter((e): e is string => e !== null && e !== requester.email);
  return insertOutboundEmail(tx, jobs, {
    workspaceId,
    ticketId: ticket.id,
    messageId: message.id,
    mailboxId: thread.mailboxId,
    kind: 'reply',
    subject: `Re: ${normalizeSubject(ticket.subject)} [#${ticket.number}]`.slice(0, 998),
    to: [requester.email],
    cc: [...new Set(cc)],
  });
}
