import { eq } from 'drizzle-orm';
import { inboundEmails } from '../../../db/schema';
import { EmailParseError, parseEmail } from '../parse/parse-email';
import type { ParsedEmail } from '../parse/parsed-email';
import type { SavedAttachment } from './inbound-attachments';
import { markInboundFailed, type IngestResult } from './inbound-status';
import type { IngestDeps } from './ingest-deps';
import { ingestParsedEmail, type IngestOptions } from './ingest-parsed-email';

/**
 * Processes one stored inbound message (the job of the `email-process-inbound` queue): parse,
 * classify, thread, and create or update the ticket, all in one transaction. Idempotent: a
 * processed message is left alone, so a redelivered job does nothing.
 *
 * Failure is never silent: a message that cannot be parsed is marked `failed` for good (no retry
 * can help); any other error rolls the transaction back, removes attachment files written for it,
 * marks the row `failed` with the error and attempt count, and is rethrown so the job is retried.
 * Returns null when the row does not exist.
 */
export async function processInboundEmail(
  deps: IngestDeps,
  inboundEmailId: string,
  options: IngestOptions = {},
): Promise<IngestResult | null> {
  const [row] = await deps.db.select().from(inboundEmails).where(eq(inboundEmails.id, inboundEmailId));
  if (!row) return null;
  const current: IngestResult = {
    status: row.status,
    outcome: row.outcome,
    reason: row.outcomeReason,
    ticketId: row.ticketId,
    messageId: row.messageId,
  };
  if (row.status === 'processed' || (row.status === 'rate_limited' && !options.force)) return current;

  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(row.raw);
  } catch (error) {
    if (!(error instanceof EmailParseError)) throw error;
    await markInboundFailed(deps.db, row, error);
    return { ...current, status: 'failed', reason: error.message };
  }

  const saved: SavedAttachment[] = [];
  try {
    return await deps.db.transaction((tx) => ingestParsedEmail(tx, deps, row, parsed, saved, options));
  } catch (error) {
    await Promise.all(saved.map((file) => deps.store.remove(file.storageKey)));
    await markInboundFailed(deps.db, row, error);
    throw error;
  }
}
