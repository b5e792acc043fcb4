import type { InboundEmail } from '@atiende/contracts';
import type { inboundEmails } from '../db/schema';

/** An inbound email row without its raw bytes (those are downloaded separately). */
export type InboundEmailSummaryRow = Omit<typeof inboundEmails.$inferSelect, 'raw'>;

/** The only way an inbound email's metadata leaves the server (admins only). */
export function presentInboundEmail(row: InboundEmailSummaryRow): InboundEmail {
  return {
    id: row.id,
    mailboxId: row.mailboxId,
    source: row.source,
    messageId: row.messageIdKey,
    size: row.size,
    envelopeFrom: row.envelopeFrom,
    envelopeTo: row.envelopeTo,
    from: row.fromAddress,
    subject: row.subject,
    status: row.status,
    outcome: row.outcome,
    outcomeReason: row.outcomeReason,
    ticketId: row.ticketId,
    error: row.error,
    attempts: row.attempts,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt ? row.processedAt.toISOString() : null,
  };
}
