import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { attachments, inboundEmails, messages } from '../../db/schema';
import { createTestWorkspace } from '../../test/factories';
import { createTestMailbox, startEmailHarness, type EmailHarness } from '../../test/email-harness';
import { waitUntil } from '../../test/wait-until';
import { parseEmail } from './parse/parse-email';
import { storeRawEmail } from './store/store-raw-email';
import { listCorpusFiles, readCorpusFile } from './test-support/corpora';

const HUNNYSOFT_MAIL = /^(?:m\d{4}|github-[\d-]+|invalid-charset)\.txt$/;
const MAIL = [
  { folder: 'chatwoot-mail', pattern: /\.eml$/ },
  { folder: 'mailparser-fixtures', pattern: /\.eml$/ },
  { folder: 'postal-mime-fixtures', pattern: /\.eml$/ },
  { folder: 'hunnysoft-mime-samples', pattern: HUNNYSOFT_MAIL },
] as const;
const MAIL_FILES = MAIL.flatMap(({ folder, pattern }) => listCorpusFiles(folder, pattern));
/** Everything else in those folders (licences, expectations, sample attachments): robustness only. */
const OTHER_FILES = MAIL.flatMap(({ folder }) => listCorpusFiles(folder, /./)).filter(
  (f) => !MAIL_FILES.includes(f),
);

let h: EmailHarness;
/** Corpus file → its inbound row id. */
const stored = new Map<string, string>();

beforeAll(async () => {
  h = await startEmailHarness({ ingestConcurrency: 4 });
  // Each file in its own workspace: several fixtures share a Message-ID, and each must be shown
  // to become a ticket (or be classified) on its own, not be deduplicated against another.
  for (const file of [...MAIL_FILES, ...OTHER_FILES]) {
    const ws = await createTestWorkspace(h.server.database.db);
    const mailbox = await createTestMailbox(h, ws.admin.ctx, { autoAcknowledge: true });
    const [id] = await storeRawEmail(
      h.server.database.db,
      h.runner.jobs,
      [{ workspaceId: ws.id, mailboxId: mailbox.id, recipients: [mailbox.address] }],
      { raw: readCorpusFile(file), source: 'smtp', envelopeFrom: null },
    );
    if (id) stored.set(file, id);
  }
  await waitUntil(
    async () => {
      const rows = await h.server.database.db
        .select({ status: inboundEmails.status })
        .from(inboundEmails)
        .where(inArray(inboundEmails.id, [...stored.values()]));
      return rows.every((r) => r.status !== 'received');
    },
    'every corpus message processed',
    120_000,
  );
}, 180_000);
afterAll(() => h.close());

describe('every corpus message through the real pipeline (store → job → process)', () => {
  it('stores every file', () => {
    expect(MAIL_FILES).toHaveLength(132);
    expect(stored.size).toBe(MAIL_FILES.length + OTHER_FILES.length);
  });

  it('processes every mail into a ticket or a named classification, with no failure and no lost part', async () => {
    const db = h.server.database.db;
    const outcomes: Record<string, number> = {};
    for (const file of MAIL_FILES) {
      const [row] = await db
        .select()
        .from(inboundEmails)
        .where(eq(inboundEmails.id, stored.get(file) ?? ''));
      expect(row?.status, `${file}: ${row?.error ?? ''}`).toBe('processed');
      const outcome = row?.outcome ?? 'none';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      expect(['created', 'auto_reply', 'bounce', 'rejected'], file).toContain(outcome);
      if (outcome !== 'created') {
        expect(row?.outcomeReason, file).toBeTruthy();
        continue;
      }
      const [message] = await db
        .select()
        .from(messages)
        .where(eq(messages.id, row?.messageId ?? ''));
      const files = await db
        .select()
        .from(attachments)
        .where(eq(attachments.messageId, row?.messageId ?? ''));
      const parsed = await parseEmail(readCorpusFile(file));
      expect(files, `${file} attachments`).toHaveLength(parsed.attachments.length);
      expect(files.map((f) => f.sha256).sort(), file).toEqual(parsed.attachments.map((a) => a.sha256).sort());
      if (parsed.text.trim() !== '') expect(message?.bodyText.trim(), file).not.toBe('');
    }
    expect(outcomes.created ?? 0).toBeGreaterThan(100);
    expect(outcomes.bounce ?? 0).toBeGreaterThan(0);
    expect(outcomes.auto_reply ?? 0).toBeGreaterThan(0);
  });

  it('takes the non-mail files of the corpora too: stored and settled, never stuck or lost', async () => {
    const rows = await h.server.database.db
      .select({ status: inboundEmails.status, error: inboundEmails.error, outcome: inboundEmails.outcome })
      .from(inboundEmails)
      .where(
        inArray(
          inboundEmails.id,
          OTHER_FILES.map((f) => stored.get(f) ?? ''),
        ),
      );
    expect(rows).toHaveLength(OTHER_FILES.length);
    for (const row of rows) {
      expect(['processed', 'failed']).toContain(row.status);
      if (row.status === 'failed') expect(row.error).toBeTruthy();
      else expect(row.outcome).not.toBeNull();
    }
  });
});
