import { eq, sql } from 'drizzle-orm';
import type { InboundEmailOutcome, InboundEmailStatus } from '@atiende/contracts';
import type { Db, DbOrTx } from '../../../db/database';
import { inboundEmails } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import { systemContext } from '../../../lib/auth-context';
import { storableText } from '../clean-text';

/** What processing made of one inbound message. */
export interface IngestResult {
  status: InboundEmailStatus;
  outcome: InboundEmailOutcome | null;
  reason: string | null;
  ticketId: string | null;
  messageId: string | null;
}

/** Records the result of a processing attempt on the inbound row (in the processing transaction). */
export async function finishInbound(
  tx: DbOrTx,
  inboundEmailId: string,
  result: IngestResult,
): Promise<IngestResult> {
  const now = new Date();
  await tx
    .update(inboundEmails)
    .set({
      status: result.status,
      outcome: result.outcome,
      outcomeReason: result.reason === null ? null : storableText(result.reason).slice(0, 1000),
      ticketId: result.ticketId,
      messageId: result.messageId,
      error: null,
      attempts: sql`${inboundEmails.attempts} + 1`,
      processedAt: now,
      updatedAt: now,
    })
    .where(eq(inboundEmails.id, inboundEmailId));
  return result;
}

/**
 * Marks a message whose processing failed: kept, with the error and the attempt count, for admins
 * to see and retry. Records `inbound_email.failed`. Runs in its own transaction, after the
 * processing transaction rolled back.
 */
export async function markInboundFailed(
  db: Db,
  row: { id: string; workspaceId: string },
  error: unknown,
): Promise<void> {
  const message = storableText(
    error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  ).slice(0, 2000);
  await db.transaction(async (tx) => {
    await tx
      .update(inboundEmails)
      .set({
        status: 'failed',
        error: message,
        attempts: sql`${inboundEmails.attempts} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(inboundEmails.id, row.id));
    await recordEvent(tx, systemContext(row.workspaceId), {
      type: 'inbound_email.failed',
      entityId: row.id,
      changes: [{ field: 'error', from: null, to: message }],
    });
  });
}
