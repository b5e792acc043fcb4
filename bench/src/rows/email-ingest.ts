import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { SPANISH } from '../gen/lang-es';
import { at } from '../gen/random';
import { TextGenerator } from '../gen/text';
import { summarize, throughputRatio, type Summary } from '../stats';

const ACCEPT_ID = 'email.accept';
const ACCEPT_LABEL = 'email: SMTP accept (stored raw)';
const E2E_ID = 'email.ingest';
const E2E_LABEL = 'email: SMTP → ticket, end to end';
/** SMTP connections the sender keeps open, like a relay delivering a queue. */
const CONNECTIONS = 4;
const SETTLE_LIMIT_MS = 180_000;

/** A plain customer email as an MTA would deliver it; unique Message-ID so none is a duplicate. */
function rawEmail(from: string, to: string, subject: string, body: string): { id: string; raw: string } {
  const id = `${randomUUID()}@bench.atiende.test`;
  const raw = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Message-ID: <${id}>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
  return { id, raw };
}

/** Waits until the server has processed every stored message of the mailbox (bounded). */
async function settle(ctx: BenchContext, mailboxId: string): Promise<void> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  for (;;) {
    const { rows } = await ctx.pool.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM inbound_emails WHERE mailbox_id = $1 AND status = 'received'`,
      [mailboxId],
    );
    if ((rows[0]?.pending ?? 0) === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${String(rows[0]?.pending)} messages still unprocessed after 180 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Per-message receive → ticket latencies and the overall rate, read from the stored rows. */
async function endToEnd(ctx: BenchContext, mailboxId: string): Promise<Summary> {
  const { rows } = await ctx.pool.query<{ ms: string; received: Date; processed: Date }>(
    `SELECT extract(epoch FROM processed_at - received_at) * 1000 AS ms, received_at AS received,
            processed_at AS processed
       FROM inbound_emails WHERE mailbox_id = $1 AND status = 'processed' AND outcome = 'created'`,
    [mailboxId],
  );
  if (rows.length === 0) throw new Error('no message became a ticket');
  const first = Math.min(...rows.map((r) => r.received.getTime()));
  const last = Math.max(...rows.map((r) => r.processed.getTime()));
  return summarize(
    rows.map((r) => Number(r.ms)),
    last - first,
    CONNECTIONS,
  );
}

/**
 * Inbound email at volume: customers' messages delivered to the built-in SMTP server over
 * CONNECTIONS pooled connections, each answered 250 only once stored durably (raw bytes + its
 * processing job, one transaction). The raw twin stores the same bytes with one INSERT per
 * message at the same concurrency. The second row follows the same messages until each is a
 * ticket (parse, classify, thread, contact, ticket, events), from the stored timestamps.
 */
export async function emailIngestRows(ctx: BenchContext): Promise<RowResult[]> {
  let mailboxId: string | null = null;
  try {
    const admin = at(ctx.sessions, 0);
    const address = `soporte-${ctx.runId}@bench.atiende.test`;
    const created = await admin.request('POST', '/api/mailboxes', {
      name: `Bench ${ctx.runId}`,
      address,
      autoAcknowledge: false,
    });
    expectStatus(created, 201, 'create mailbox');
    const mailbox = JSON.parse(created.body) as { id: string };
    mailboxId = mailbox.id;
    const ownMailbox = mailbox.id;
    ctx.onRestore(async (client) => {
      await client.query(
        `DELETE FROM tickets WHERE id IN (SELECT ticket_id FROM inbound_emails WHERE mailbox_id = $1)`,
        [ownMailbox],
      );
      await client.query(`DELETE FROM mailboxes WHERE id = $1`, [ownMailbox]);
    });

    const text = new TextGenerator(SPANISH);
    const customers = ctx.contacts.slice(0, 500);
    const letter = (i: number) => {
      const customer = at(customers, Math.abs(i) % customers.length);
      const names = {
        customerFirstName: customer.firstName,
        customerFullName: customer.name,
        agentFirstName: '',
      };
      return rawEmail(
        `"${customer.name}" <${customer.email}>`,
        address,
        text.subject(ctx.rng),
        text.customerEmail(ctx.rng, names),
      );
    };

    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: ctx.smtpPort,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: CONNECTIONS,
    });
    let accept: Summary;
    try {
      accept = await measure(
        async (i) => {
          const mail = letter(i);
          await transport.sendMail({
            envelope: { from: 'bounce@bench.atiende.test', to: [address] },
            raw: mail.raw,
          });
        },
        ctx.budgets.write,
        CONNECTIONS,
      );
    } finally {
      transport.close();
    }
    await settle(ctx, mailbox.id);
    const ingest = await endToEnd(ctx, mailbox.id);

    const raw = await measureRaw(
      ctx.pool,
      async (client, i) => {
        const mail = letter(i);
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO inbound_emails (workspace_id, mailbox_id, source, message_id_key, raw, size, envelope_from, envelope_to, status)
           VALUES ($1, $2, 'smtp', $3, $4, $5, 'bounce@bench.atiende.test', ARRAY[$6], 'processed')`,
          [
            ctx.workspaceId,
            mailbox.id,
            `raw-${mail.id}`,
            Buffer.from(mail.raw),
            Buffer.byteLength(mail.raw),
            address,
          ],
        );
        await client.query('COMMIT');
      },
      ctx.budgets.write,
      CONNECTIONS,
    );

    return [
      {
        id: ACCEPT_ID,
        label: ACCEPT_LABEL,
        api: accept,
        raw,
        ratio: throughputRatio(accept, raw),
        target: null,
        note: `${String(CONNECTIONS)} SMTP connections; raw = one INSERT of the same bytes per message`,
      },
      {
        id: E2E_ID,
        label: E2E_LABEL,
        api: ingest,
        raw: null,
        ratio: null,
        target: null,
        note: 'received_at → processed_at of each message that became a ticket; rate over the whole batch',
      },
    ];
  } catch (error) {
    return [failedRow(ACCEPT_ID, ACCEPT_LABEL, null, error), failedRow(E2E_ID, E2E_LABEL, null, error)];
  } finally {
    if (mailboxId) ctx.log(`email rows used mailbox ${mailboxId}`);
  }
}
