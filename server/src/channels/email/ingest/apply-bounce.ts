import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/database';
import { contactEmailStatus, contacts, emailMessageIds, outboundEmails } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import { systemContext } from '../../../lib/auth-context';
import type { EmailClassification } from '../parse/classify-email';
import type { ParsedEmail } from '../parse/parsed-email';
import { SYNTHETIC_MESSAGE_ID_DOMAIN } from '../parse/parse-email';
import { rawMessageIdKey } from '../store/raw-message-id';
import { candidateMessageIds } from '../thread/thread-keys';
import { plausibleAddress, storableMessageId } from '../clean-text';

type Bounce = Extract<EmailClassification, { kind: 'bounce' }>;

const RETURNED_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers']);

/** Message-IDs a bounce refers to: its own In-Reply-To/References and the returned message's own id. */
function bouncedMessageIds(parsed: ParsedEmail): string[] {
  const returned = parsed.attachments
    .filter((attachment) => RETURNED_TYPES.has(attachment.contentType))
    .map((attachment) => rawMessageIdKey(attachment.content))
    .filter((id) => !id.endsWith(`@${SYNTHETIC_MESSAGE_ID_DOMAIN}`));
  return [...candidateMessageIds(parsed), ...returned]
    .map(storableMessageId)
    .filter((id): id is string => id !== null);
}

/**
 * Applies a non-delivery report: the message we sent that bounced (found by its Message-ID) is
 * marked failed with the reason, and each failed recipient that is a contact of the workspace is
 * marked `failing`. Records `message.delivery_updated` and `contact.email_status_changed`.
 * Returns the ticket of the bounced message, if known.
 */
export async function applyBounce(
  tx: DbOrTx,
  workspaceId: string,
  parsed: ParsedEmail,
  bounce: Bounce,
): Promise<{ ticketId: string | null; failing: string[] }> {
  const ctx = systemContext(workspaceId);
  const reason = `Bounced: ${bounce.reason}`.slice(0, 1000);
  const ids = bouncedMessageIds(parsed);
  const [sent] = ids.length
    ? await tx
        .select({
          outboundId: outboundEmails.id,
          messageId: outboundEmails.messageId,
          ticketId: outboundEmails.ticketId,
          status: outboundEmails.status,
          to: outboundEmails.toAddresses,
        })
        .from(emailMessageIds)
        .innerJoin(outboundEmails, eq(outboundEmails.messageId, emailMessageIds.messageId))
        .where(
          and(
            eq(emailMessageIds.workspaceId, workspaceId),
            eq(emailMessageIds.direction, 'outbound'),
            inArray(emailMessageIds.rfcMessageId, ids),
          ),
        )
        .limit(1)
    : [];
  if (sent && sent.status !== 'failed') {
    await tx
      .update(outboundEmails)
      .set({ status: 'failed', error: reason, updatedAt: new Date() })
      .where(eq(outboundEmails.id, sent.outboundId));
    await recordEvent(tx, ctx, {
      type: 'message.delivery_updated',
      ticketId: sent.ticketId,
      entityId: sent.messageId,
      changes: [
        { field: 'deliveryStatus', from: sent.status, to: 'failed' },
        { field: 'deliveryError', from: null, to: reason },
      ],
    });
  }

  const named = bounce.failedRecipients.map(plausibleAddress).filter((a): a is string => a !== null);
  const recipients = named.length > 0 ? named : (sent?.to ?? []);
  const failing: string[] = [];
  for (const address of new Set(recipients)) {
    const [contact] = await tx
      .select({ id: contacts.id, status: contactEmailStatus.status })
      .from(contacts)
      .leftJoin(contactEmailStatus, eq(contactEmailStatus.contactId, contacts.id))
      .where(and(eq(contacts.workspaceId, workspaceId), sql`lower(${contacts.email}) = ${address}`))
      .limit(1);
    if (!contact) continue;
    failing.push(address);
    await tx
      .insert(contactEmailStatus)
      .values({ contactId: contact.id, workspaceId, status: 'failing', reason })
      .onConflictDoUpdate({
        target: contactEmailStatus.contactId,
        set: { status: 'failing', reason, updatedAt: new Date() },
      });
    if (contact.status !== 'failing') {
      await recordEvent(tx, ctx, {
        type: 'contact.email_status_changed',
        entityId: contact.id,
        changes: [
          { field: 'emailStatus', from: contact.status ?? 'ok', to: 'failing' },
          { field: 'emailStatusReason', from: null, to: reason },
        ],
      });
    }
  }
  return { ticketId: sent?.ticketId ?? null, failing };
}
