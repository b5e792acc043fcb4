import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/database';
import { emailThreads, mailboxes } from '../../../db/schema';

/** An unguessable reply token: lowercase hex, as MTAs may lowercase addresses. */
export function newReplyToken(): string {
  return randomBytes(12).toString('hex');
}

/** Our reply address for a ticket: replies to it thread onto the ticket whatever the subject says. */
export function replyAddress(token: string, replyDomain: string): string {
  return `reply+${token}@${replyDomain}`;
}

export interface EmailThread {
  ticketId: string;
  mailboxId: string;
  replyToken: string;
}

/** Creates the email side of a ticket (its mailbox and reply token), once. */
export async function createEmailThread(
  tx: DbOrTx,
  input: { ticketId: string; workspaceId: string; mailboxId: string; followUpOfTicketId?: string | null },
): Promise<EmailThread> {
  const replyToken = newReplyToken();
  await tx
    .insert(emailThreads)
    .values({
      ticketId: input.ticketId,
      workspaceId: input.workspaceId,
      mailboxId: input.mailboxId,
      replyToken,
      followUpOfTicketId: input.followUpOfTicketId ?? null,
    })
    .onConflictDoNothing({ target: emailThreads.ticketId });
  const [thread] = await tx
    .select({
      ticketId: emailThreads.ticketId,
      mailboxId: emailThreads.mailboxId,
      replyToken: emailThreads.replyToken,
    })
    .from(emailThreads)
    .where(eq(emailThreads.ticketId, input.ticketId));
  if (!thread) throw new Error('email thread missing after insert');
  return thread;
}

/**
 * The ticket's email thread; a ticket that never had one (created by an agent or the API with
 * channel `email`) gets one in the workspace's first active mailbox. Null when the workspace has
 * no mailbox: there is nothing to send from.
 */
export async function ensureEmailThread(
  tx: DbOrTx,
  workspaceId: string,
  ticketId: string,
): Promise<EmailThread | null> {
  const [existing] = await tx
    .select({
      ticketId: emailThreads.ticketId,
      mailboxId: emailThreads.mailboxId,
      replyToken: emailThreads.replyToken,
    })
    .from(emailThreads)
    .where(and(eq(emailThreads.workspaceId, workspaceId), eq(emailThreads.ticketId, ticketId)));
  if (existing) return existing;
  const [mailbox] = await tx
    .select({ id: mailboxes.id })
    .from(mailboxes)
    .where(and(eq(mailboxes.workspaceId, workspaceId), eq(mailboxes.active, true)))
    .orderBy(asc(mailboxes.createdAt), asc(mailboxes.id))
    .limit(1);
  if (!mailbox) return null;
  return createEmailThread(tx, { ticketId, workspaceId, mailboxId: mailbox.id });
}
