import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import type { Mailbox } from '@atiende/contracts';
import { inboundEmails, mailboxes, tickets } from '../../../db/schema';
import { updateMailbox } from '../../../commands/email/update-mailbox';
import { createTestWorkspace, type TestWorkspace } from '../../../test/factories';
import {
  composeRaw,
  createTestMailbox,
  startEmailHarness,
  type EmailHarness,
} from '../../../test/email-harness';
import { findDovecot, startDovecot, type TestImapServer } from '../../../test/dovecot';
import { waitUntil } from '../../../test/wait-until';
import { pollAllImapMailboxes, pollImapMailbox } from './imap-poller';

const dovecot = findDovecot();
if (!dovecot) {
  if (process.env.CI === 'true') {
    throw new Error('dovecot is not installed: CI must install dovecot-imapd (see .ci/run)');
  }
  console.warn(
    '\n*** IMAP TESTS SKIPPED: dovecot is not installed. Run `apt-get install -y dovecot-imapd` to run them. ***\n',
  );
}

let h: EmailHarness;
let imap: TestImapServer;
let ws: TestWorkspace;
let client: ImapFlow;

async function row(mailboxId: string) {
  const [found] = await h.server.database.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
  if (!found) throw new Error('mailbox missing');
  return found;
}

async function append(folder: string, subject: string, extra: { messageId?: string } = {}) {
  const raw = await composeRaw({
    from: `"Cliente IMAP" <imap-${randomUUID().slice(0, 6)}@cliente.test>`,
    to: 'soporte@externo.test',
    subject,
    text: `Mensaje ${subject}`,
    ...(extra.messageId ? { messageId: extra.messageId } : {}),
  });
  await client.append(folder, raw);
}

/** An IMAP mailbox pointing at the test dovecot. Inactive, so other test files' cron polls leave it alone. */
function imapMailbox(
  folder: string,
  options: { deleteAfterFetch?: boolean; password?: string; active?: boolean } = {},
) {
  return createTestMailbox(h, ws.admin.ctx, {
    active: options.active ?? false,
    imap: {
      host: imap.host,
      port: imap.port,
      secure: false,
      user: imap.user,
      password: options.password ?? imap.password,
      folder,
      deleteAfterFetch: options.deleteAfterFetch ?? false,
    },
  });
}

async function ticketsOf(mailbox: Mailbox) {
  const rows = await h.server.database.db
    .select({ status: inboundEmails.status, ticketId: inboundEmails.ticketId })
    .from(inboundEmails)
    .where(eq(inboundEmails.mailboxId, mailbox.id));
  return rows;
}

describe.skipIf(!dovecot)('IMAP polling against a real IMAP server (dovecot)', () => {
  beforeAll(async () => {
    imap = await startDovecot(dovecot ?? '');
    h = await startEmailHarness({ ingestConcurrency: 4 });
    ws = await createTestWorkspace(h.server.database.db);
    client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: false,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
    });
    await client.connect();
  }, 60_000);
  afterAll(async () => {
    await client.logout().catch(() => undefined);
    await h.close();
    await imap.close();
  });

  it('fetches each message once, keeps mail on the server, and survives a UIDVALIDITY change', async () => {
    const folder = `Soporte${randomUUID().slice(0, 6)}`;
    await client.mailboxCreate(folder);
    await append(folder, 'Uno');
    await append(folder, 'Dos');
    await append(folder, 'Sin Message-ID');
    const mailbox = await imapMailbox(folder);
    const deps = { db: h.server.database.db, jobs: h.runner.jobs };

    expect(await pollImapMailbox(deps, await row(mailbox.id))).toEqual({ fetched: 3, stored: 3 });
    const processed = await waitUntil(async () => {
      const rows = await ticketsOf(mailbox);
      return rows.length === 3 && rows.every((r) => r.status === 'processed' && r.ticketId)
        ? rows
        : undefined;
    }, 'IMAP messages turned into tickets');
    const created = await h.server.database.db
      .select({ subject: tickets.subject })
      .from(tickets)
      .where(
        inArray(
          tickets.id,
          processed.map((r) => r.ticketId ?? ''),
        ),
      );
    expect(created.map((t) => t.subject).sort()).toEqual(['Dos', 'Sin Message-ID', 'Uno']);

    // Nothing new: nothing fetched. The mail is still there, unread.
    expect(await pollImapMailbox(deps, await row(mailbox.id))).toEqual({ fetched: 0, stored: 0 });
    const status = await client.status(folder, { messages: true, unseen: true });
    expect(status).toMatchObject({ messages: 3, unseen: 3 });

    await append(folder, 'Tres');
    expect(await pollImapMailbox(deps, await row(mailbox.id))).toEqual({ fetched: 1, stored: 1 });
    expect((await row(mailbox.id)).imapLastUid).toBe(4);

    // The server renumbered the folder (new UIDVALIDITY): everything is fetched again, nothing stored twice.
    await h.server.database.db
      .update(mailboxes)
      .set({ imapUidValidity: 1 })
      .where(eq(mailboxes.id, mailbox.id));
    expect(await pollImapMailbox(deps, await row(mailbox.id))).toEqual({ fetched: 4, stored: 0 });
    expect(await ticketsOf(mailbox)).toHaveLength(4);
  });

  it('deletes fetched mail from the server only when configured to', async () => {
    const folder = `Borrar${randomUUID().slice(0, 6)}`;
    await client.mailboxCreate(folder);
    await append(folder, 'Borrable 1');
    await append(folder, 'Borrable 2');
    const mailbox = await imapMailbox(folder, { deleteAfterFetch: true });
    const deps = { db: h.server.database.db, jobs: h.runner.jobs };
    expect(await pollImapMailbox(deps, await row(mailbox.id))).toEqual({ fetched: 2, stored: 2 });
    expect(await client.status(folder, { messages: true })).toMatchObject({ messages: 0 });
    expect(await ticketsOf(mailbox)).toHaveLength(2);
  });

  it('records a failing mailbox and goes on with the others', async () => {
    const folder = `Varios${randomUUID().slice(0, 6)}`;
    await client.mailboxCreate(folder);
    await append(folder, 'Llega igual');
    const broken = await imapMailbox(folder, { password: 'wrong', active: true });
    const good = await imapMailbox(folder, { active: true });
    const failures: string[] = [];
    try {
      await pollAllImapMailboxes({ db: h.server.database.db, jobs: h.runner.jobs }, (id) =>
        failures.push(id),
      );
      expect(failures).toContain(broken.id);
      expect((await row(broken.id)).imapLastError).toBeTruthy();
      expect(await ticketsOf(good)).toHaveLength(1);
    } finally {
      for (const mailbox of [broken, good])
        await updateMailbox(h.server.database.db, ws.admin.ctx, mailbox.id, { active: false });
    }
    const stillThere = await h.server.database.db
      .select({ id: inboundEmails.id })
      .from(inboundEmails)
      .where(and(eq(inboundEmails.mailboxId, broken.id)));
    expect(stillThere).toEqual([]);
  });
});
