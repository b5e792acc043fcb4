import { ImapFlow } from 'imapflow';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { mailboxes } from '../../../db/schema';
import type { JobSender } from '../../../jobs/job-sender';
import { storableText } from '../clean-text';
import { insertRawEmail } from '../store/store-raw-email';

type MailboxRow = typeof mailboxes.$inferSelect;

/** Messages fetched and committed together; a poll keeps going batch after batch up to MAX_BATCHES. */
const BATCH = 50;
const MAX_BATCHES = 40;

export interface ImapPollDeps {
  db: Db;
  jobs: JobSender;
}

export interface ImapPollResult {
  /** Messages fetched from the server in this poll. */
  fetched: number;
  /** Of those, newly stored (the rest were already known). */
  stored: number;
}

function clientFor(mailbox: MailboxRow): ImapFlow {
  return new ImapFlow({
    host: mailbox.imapHost ?? '',
    port: mailbox.imapPort ?? (mailbox.imapSecure ? 993 : 143),
    secure: mailbox.imapSecure,
    auth: { user: mailbox.imapUser ?? '', pass: mailbox.imapPassword ?? '' },
    logger: false,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
}

/**
 * Fetches new mail of one IMAP mailbox and stores it raw, each message with its processing job.
 * Tracks UIDVALIDITY and the last UID stored: the position advances in the same transaction that
 * stores the batch, so a crash re-fetches at most that batch (and the Message-ID dedupe absorbs it)
 * and never skips one. A changed UIDVALIDITY starts over from the first message, deduped likewise.
 * The first poll of a folder takes every message in it. Mail stays on the server (opened
 * read-only, nothing flagged) unless the mailbox is set to delete after fetching, which happens
 * only once the batch is committed.
 */
export async function pollImapMailbox(deps: ImapPollDeps, mailbox: MailboxRow): Promise<ImapPollResult> {
  const client = clientFor(mailbox);
  const result: ImapPollResult = { fetched: 0, stored: 0 };
  await client.connect();
  try {
    const lock = await client.getMailboxLock(mailbox.imapFolder, { readOnly: !mailbox.imapDeleteAfterFetch });
    try {
      const opened = client.mailbox;
      if (!opened) throw new Error(`IMAP folder ${mailbox.imapFolder} could not be opened`);
      const uidValidity = Number(opened.uidValidity);
      let lastUid = mailbox.imapUidValidity === uidValidity ? mailbox.imapLastUid : 0;
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const found = await client.search({ uid: `${lastUid + 1}:*` }, { uid: true });
        const uids = (Array.isArray(found) ? found : [])
          .filter((uid) => uid > lastUid)
          .sort((a, b) => a - b)
          .slice(0, BATCH);
        if (uids.length === 0) break;
        const fetched: { uid: number; source: Buffer }[] = [];
        for await (const message of client.fetch(uids, { uid: true, source: true }, { uid: true })) {
          if (message.source) fetched.push({ uid: message.uid, source: message.source });
        }
        const newLast = Math.max(...uids);
        result.fetched += fetched.length;
        result.stored += await deps.db.transaction(async (tx) => {
          let stored = 0;
          for (const message of fetched) {
            const target = {
              workspaceId: mailbox.workspaceId,
              mailboxId: mailbox.id,
              recipients: [mailbox.address],
            };
            const id = await insertRawEmail(tx, deps.jobs, target, {
              raw: message.source,
              source: 'imap',
              envelopeFrom: null,
            });
            if (id !== null) stored += 1;
          }
          await tx
            .update(mailboxes)
            .set({
              imapUidValidity: uidValidity,
              imapLastUid: newLast,
              imapLastPolledAt: new Date(),
              imapLastError: null,
            })
            .where(eq(mailboxes.id, mailbox.id));
          return stored;
        });
        lastUid = newLast;
        if (mailbox.imapDeleteAfterFetch) await client.messageDelete(uids, { uid: true });
      }
      await deps.db
        .update(mailboxes)
        .set({ imapUidValidity: uidValidity, imapLastPolledAt: new Date(), imapLastError: null })
        .where(eq(mailboxes.id, mailbox.id));
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => undefined);
  }
  return result;
}

/**
 * Polls every active mailbox that has IMAP settings, one after the other. A mailbox that fails
 * (wrong password, server down) gets its error recorded (`imap_last_error`, shown to admins) and
 * does not stop the others.
 */
export async function pollAllImapMailboxes(
  deps: ImapPollDeps,
  onError: (mailboxId: string, error: unknown) => void,
): Promise<ImapPollResult> {
  const rows = await deps.db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.active, true), isNotNull(mailboxes.imapHost)));
  const total: ImapPollResult = { fetched: 0, stored: 0 };
  for (const mailbox of rows) {
    try {
      const polled = await pollImapMailbox(deps, mailbox);
      total.fetched += polled.fetched;
      total.stored += polled.stored;
    } catch (error) {
      onError(mailbox.id, error);
      const message = storableText(error instanceof Error ? error.message : String(error)).slice(0, 1000);
      await deps.db
        .update(mailboxes)
        .set({ imapLastError: message, imapLastPolledAt: new Date() })
        .where(eq(mailboxes.id, mailbox.id));
    }
  }
  return total;
}
