import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { emailMessageIds, messageEmails } from '../../../db/schema';
import type { outboundEmails } from '../../../db/schema';

type OutboundRow = typeof outboundEmails.$inferSelect;

/**
 * The Message-ID of an outbound message, made once (`<uuid>@<reply domain>`) and recorded on the
 * ticket before the first sending attempt, so a retry sends the same id and a reply to it threads.
 */
export async function ensureOutboundMessageId(
  db: Db,
  outbound: OutboundRow,
  fromAddress: string,
  replyDomain: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ rfc: messageEmails.rfcMessageId })
      .from(messageEmails)
      .where(eq(messageEmails.messageId, outbound.messageId));
    if (existing) return existing.rfc;
    const rfc = `${randomUUID()}@${replyDomain}`;
    await tx.insert(messageEmails).values({
      messageId: outbound.messageId,
      workspaceId: outbound.workspaceId,
      direction: 'outbound',
      rfcMessageId: rfc,
      fromAddress,
      toAddresses: outbound.toAddresses,
      ccAddresses: outbound.ccAddresses,
    });
    await tx.insert(emailMessageIds).values({
      workspaceId: outbound.workspaceId,
      ticketId: outbound.ticketId,
      messageId: outbound.messageId,
      rfcMessageId: rfc,
      direction: 'outbound',
    });
    return rfc;
  });
}

/**
 * The thread an outbound message answers: In-Reply-To is the customer's latest message (else the
 * latest of the thread), References every id of the ticket oldest first, without our own.
 */
export async function threadHeaders(
  db: Db,
  ticketId: string,
  ownId: string,
): Promise<{ inReplyTo: string | null; references: string[] }> {
  const rows = await db
    .select({ rfc: emailMessageIds.rfcMessageId, direction: emailMessageIds.direction })
    .from(emailMessageIds)
    .where(eq(emailMessageIds.ticketId, ticketId))
    .orderBy(asc(emailMessageIds.createdAt), asc(emailMessageIds.id));
  const others = rows.filter((row) => row.rfc !== ownId);
  const lastInbound = others.filter((row) => row.direction === 'inbound').at(-1);
  return {
    inReplyTo: (lastInbound ?? others.at(-1))?.rfc ?? null,
    references: others.map((row) => row.rfc),
  };
}
