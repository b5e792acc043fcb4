import { and, eq, gt, lte, ne, sql } from 'drizzle-orm';
import type { EmailConfig } from '../../../config';
import type { DbOrTx } from '../../../db/database';
import { inboundEmails } from '../../../db/schema';

/**
 * Loop guard: true when this sender already sent `senderRateLimit` messages to this mailbox within
 * the window before this one. Such a message is kept (status `rate_limited`, visible to admins)
 * but becomes no ticket and gets no acknowledgement, which breaks a loop with another robot.
 */
export async function senderOverLimit(
  tx: DbOrTx,
  row: { id: string; mailboxId: string; receivedAt: Date },
  from: string,
  email: Pick<EmailConfig, 'senderRateLimit' | 'senderRateWindowMs'>,
): Promise<boolean> {
  const since = new Date(row.receivedAt.getTime() - email.senderRateWindowMs);
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(inboundEmails)
    .where(
      and(
        eq(inboundEmails.mailboxId, row.mailboxId),
        eq(inboundEmails.fromAddress, from),
        ne(inboundEmails.id, row.id),
        gt(inboundEmails.receivedAt, since),
        lte(inboundEmails.receivedAt, row.receivedAt),
      ),
    );
  return (counted?.n ?? 0) >= email.senderRateLimit;
}
