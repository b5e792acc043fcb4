import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/database';
import { emailThreads, mailboxes } from '../../../db/schema';
import { extractReplyToken } from '../thread/thread-keys';

/** The mailbox (and so the workspace) a recipient address delivers to. */
export interface RecipientTarget {
  workspaceId: string;
  mailboxId: string;
}

/**
 * Resolves an envelope recipient: an active mailbox address, or our reply address
 * `reply+<token>@<replyDomain>` of an existing ticket (accepted even if its mailbox was
 * deactivated, so running conversations go on). Anything else is null (the SMTP server answers 550).
 */
export async function resolveRecipient(
  db: DbOrTx,
  address: string,
  replyDomain: string,
): Promise<RecipientTarget | null> {
  const normalized = address.trim().toLowerCase();
  const token = extractReplyToken([normalized], replyDomain);
  if (token !== null) {
    const [thread] = await db
      .select({ workspaceId: emailThreads.workspaceId, mailboxId: emailThreads.mailboxId })
      .from(emailThreads)
      .where(eq(emailThreads.replyToken, token))
      .limit(1);
    return thread ?? null;
  }
  const [mailbox] = await db
    .select({ workspaceId: mailboxes.workspaceId, mailboxId: mailboxes.id })
    .from(mailboxes)
    .where(and(sql`lower(${mailboxes.address}) = ${normalized}`, eq(mailboxes.active, true)))
    .limit(1);
  return mailbox ?? null;
}
