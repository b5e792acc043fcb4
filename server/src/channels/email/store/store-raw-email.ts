import type { Db, DbOrTx } from '../../../db/database';
import { inboundEmails } from '../../../db/schema';
import type { JobSender } from '../../../jobs/job-sender';
import { EMAIL_QUEUES } from '../queues';
import { rawMessageIdKey } from './raw-message-id';
import type { RecipientTarget } from './resolve-recipient';

export interface RawEmail {
  raw: Buffer;
  source: 'smtp' | 'imap';
  /** SMTP MAIL FROM ('' for the null sender of bounces), null when unknown (IMAP). */
  envelopeFrom: string | null;
}

export interface RawEmailTarget extends RecipientTarget {
  /** The envelope recipients that led to this mailbox. */
  recipients: string[];
}

/**
 * Stores one raw message for one mailbox in the caller's transaction, together with the job that
 * will process it. A message already stored for this mailbox (same Message-ID) stores nothing and
 * returns null: redelivery is harmless.
 */
export async function insertRawEmail(
  tx: DbOrTx,
  jobs: JobSender,
  target: RawEmailTarget,
  email: RawEmail,
): Promise<string | null> {
  const [row] = await tx
    .insert(inboundEmails)
    .values({
      workspaceId: target.workspaceId,
      mailboxId: target.mailboxId,
      source: email.source,
      messageIdKey: rawMessageIdKey(email.raw),
      raw: email.raw,
      size: email.raw.length,
      envelopeFrom: email.envelopeFrom,
      envelopeTo: target.recipients,
    })
    .onConflictDoNothing({ target: [inboundEmails.mailboxId, inboundEmails.messageIdKey] })
    .returning({ id: inboundEmails.id });
  if (!row) return null;
  await jobs.send(tx, EMAIL_QUEUES.processInbound, { inboundEmailId: row.id });
  return row.id;
}

/**
 * Durably stores a received message for each mailbox it is addressed to, in one transaction:
 * when this resolves, the bytes and their processing jobs are committed (so the SMTP server may
 * answer 250). Returns the ids of newly stored rows (duplicates are skipped).
 */
export async function storeRawEmail(
  db: Db,
  jobs: JobSender,
  targets: readonly RawEmailTarget[],
  email: RawEmail,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const target of targets) {
      const id = await insertRawEmail(tx, jobs, target, email);
      if (id !== null) ids.push(id);
    }
    return ids;
  });
}
