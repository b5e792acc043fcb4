import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Mailbox } from '@atiende/contracts';
import {
  contactEmailStatus,
  contacts,
  emailThreads,
  inboundEmails,
  outboundEmails,
  tickets,
} from '../../../db/schema';
import { updateTicket } from '../../../commands/tickets/update-ticket';
import { addMessage } from '../../../commands/tickets/add-message';
import { getTicket } from '../../../queries/get-ticket';
import { listTicketMessages } from '../../../queries/messages';
import { listTicketFollowers } from '../../../queries/email-participants';
import { createTestWorkspace, type TestWorkspace } from '../../../test/factories';
import {
  composeRaw,
  createTestMailbox,
  deliver,
  REPLY_DOMAIN,
  startEmailHarness,
  type EmailHarness,
} from '../../../test/email-harness';
import { waitUntil } from '../../../test/wait-until';

let h: EmailHarness;
let ws: TestWorkspace;
let mailbox: Mailbox;

const id = (label: string) => `${label}-${randomUUID()}@cliente.test`;

async function send(mail: Parameters<typeof composeRaw>[0], envelopeTo?: string[]) {
  const raw = await composeRaw({ to: mailbox.address, ...mail });
  const { result } = await deliver(h, mailbox, ws.id, raw, envelopeTo);
  if (!result) throw new Error('not stored');
  return result;
}

async function ticketRow(ticketId: string | null) {
  const [row] = await h.server.database.db
    .select()
    .from(tickets)
    .where(eq(tickets.id, ticketId ?? ''));
  if (!row) throw new Error('ticket missing');
  return row;
}

beforeAll(async () => {
  h = await startEmailHarness({ ingestConcurrency: 0 });
  ws = await createTestWorkspace(h.server.database.db);
  mailbox = await createTestMailbox(h, ws.admin.ctx, { teamId: ws.teamId });
});
afterAll(() => h.close());

describe('threading', () => {
  it('threads by our reply address even when subject and headers say nothing', async () => {
    const first = await send({
      from: 'ana@cliente.test',
      subject: 'Consulta',
      text: 'Hola',
      messageId: id('a'),
    });
    expect(first).toMatchObject({ status: 'processed', outcome: 'created' });
    const [thread] = await h.server.database.db
      .select()
      .from(emailThreads)
      .where(eq(emailThreads.ticketId, first.ticketId ?? ''));
    const replyTo = `reply+${thread?.replyToken ?? ''}@${REPLY_DOMAIN}`;
    const second = await send(
      { from: 'ana@cliente.test', to: replyTo, subject: 'Tema nuevo', text: 'Otra cosa' },
      [replyTo],
    );
    expect(second).toMatchObject({
      outcome: 'appended',
      ticketId: first.ticketId,
      reason: 'threaded by reply_token',
    });
  });

  it('threads a reply to our own Message-ID, and any known Message-ID in References', async () => {
    const original = id('orig');
    const first = await send({
      from: 'beto@cliente.test',
      subject: 'Factura',
      text: 'Hola',
      messageId: original,
    });
    const ticketId = first.ticketId ?? '';
    await addMessage(
      h.server.database.db,
      ws.agent.ctx,
      ticketId,
      { kind: 'reply', bodyText: 'Revisamos', attachmentIds: [] },
      { jobs: h.runner.jobs },
    );
    const sent = await h.sink.waitFor(
      (m) => m.parsed.text.includes('Revisamos') && m.envelopeTo.includes('beto@cliente.test'),
    );
    const ours = sent.parsed.messageId;

    const toOurs = await send({
      from: 'beto@cliente.test',
      subject: 'Re: algo',
      text: 'ok',
      inReplyTo: `<${ours}>`,
    });
    expect(toOurs).toMatchObject({ outcome: 'appended', ticketId, reason: 'threaded by our_message_id' });
    // A colleague in Cc answers the customer's first message: only References link it.
    const viaRefs = await send({
      from: 'colega@cliente.test',
      subject: 'Re: Factura',
      text: 'Yo también',
      references: [`<unknown-${randomUUID()}@x.test>`, `<${original}>`],
    });
    expect(viaRefs).toMatchObject({ outcome: 'appended', ticketId, reason: 'threaded by references' });
  });

  it('threads a [#n] subject token only for the same requester', async () => {
    const first = await send({ from: 'carla@cliente.test', subject: 'Pedido', text: 'Hola' });
    const ticket = await ticketRow(first.ticketId);
    const same = await send({
      from: 'carla@cliente.test',
      subject: `RE: Pedido [#${ticket.number}]`,
      text: 'sigo',
    });
    expect(same).toMatchObject({
      outcome: 'appended',
      ticketId: ticket.id,
      reason: 'threaded by subject_token',
    });
    const stranger = await send({
      from: 'intruso@otro.test',
      subject: `Pedido [#${ticket.number}]`,
      text: 'hola',
    });
    expect(stranger.outcome).toBe('created');
    expect(stranger.ticketId).not.toBe(ticket.id);
  });

  it('reopens a solved ticket, and opens a linked follow-up for a closed one', async () => {
    const original = id('solved');
    const first = await send({
      from: 'dora@cliente.test',
      subject: 'Clave',
      text: 'Olvidé la clave',
      messageId: original,
    });
    const ticketId = first.ticketId ?? '';
    await updateTicket(h.server.database.db, ws.agent.ctx, ticketId, { status: 'solved' });
    const reopened = await send({
      from: 'dora@cliente.test',
      subject: 'Re: Clave',
      text: 'Sigue sin andar',
      inReplyTo: `<${original}>`,
    });
    expect(reopened.reason).toBe('threaded by references, reopened');
    expect((await ticketRow(ticketId)).status).toBe('open');

    await updateTicket(h.server.database.db, ws.agent.ctx, ticketId, { status: 'closed' });
    const followUp = await send({
      from: 'dora@cliente.test',
      subject: 'Re: Clave',
      text: 'Otra vez',
      inReplyTo: `<${original}>`,
    });
    expect(followUp.outcome).toBe('created');
    expect(followUp.ticketId).not.toBe(ticketId);
    const closed = await ticketRow(ticketId);
    expect(followUp.reason).toBe(`follow-up of closed ticket #${closed.number}`);
    const [thread] = await h.server.database.db
      .select()
      .from(emailThreads)
      .where(eq(emailThreads.ticketId, followUp.ticketId ?? ''));
    expect(thread?.followUpOfTicketId).toBe(ticketId);
    const created = await getTicket(h.server.database.db, ws.agent.ctx, followUp.ticketId ?? '');
    expect(created.subject).toBe('Clave');
  });

  it('keeps a duplicate Message-ID to one message, even through another mailbox', async () => {
    const other = await createTestMailbox(h, ws.admin.ctx);
    const raw = await composeRaw({
      from: 'eva@cliente.test',
      to: [mailbox.address, other.address],
      subject: 'Dos buzones',
      text: 'x',
      messageId: id('two'),
    });
    const one = await deliver(h, mailbox, ws.id, raw);
    const two = await deliver(h, other, ws.id, raw);
    expect(one.result?.outcome).toBe('created');
    expect(two.result).toMatchObject({ outcome: 'duplicate', ticketId: one.result?.ticketId });
  });
});

describe('noise and loops', () => {
  it('keeps auto-replies without a ticket and never acknowledges them', async () => {
    const auto = await createTestMailbox(h, ws.admin.ctx, { autoAcknowledge: true });
    const raw = await composeRaw({
      from: 'vacaciones@cliente.test',
      to: auto.address,
      subject: 'Fuera de la oficina: Consulta',
      text: 'Vuelvo el lunes',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    const { result } = await deliver(h, auto, ws.id, raw);
    expect(result).toMatchObject({ status: 'processed', outcome: 'auto_reply', ticketId: null });
    const queued = await h.server.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.mailboxId, auto.id));
    expect(queued).toEqual([]);
  });

  it('marks the bounced address failing and the bounced reply failed', async () => {
    const first = await send({ from: 'fallido@cliente.test', subject: 'Hola', text: 'Hola' });
    const ticketId = first.ticketId ?? '';
    await addMessage(
      h.server.database.db,
      ws.agent.ctx,
      ticketId,
      { kind: 'reply', bodyText: 'Respuesta que rebota', attachmentIds: [] },
      { jobs: h.runner.jobs },
    );
    const sent = await h.sink.waitFor((m) => m.parsed.text.includes('Respuesta que rebota'));
    await waitUntil(async () => {
      const [row] = await h.server.database.db
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.ticketId, ticketId));
      return row?.status === 'sent';
    }, 'reply sent');
    const bounce = await send({
      from: 'MAILER-DAEMON@mx.cliente.test',
      subject: 'Undelivered Mail Returned to Sender',
      text: 'This is the mail system.\n\n<fallido@cliente.test>: host mx said: 550 5.1.1 User unknown',
      attachments: [
        {
          contentType: 'text/rfc822-headers',
          content: `Message-ID: <${sent.parsed.messageId}>\r\nTo: fallido@cliente.test\r\n`,
        },
      ],
    });
    expect(bounce).toMatchObject({ outcome: 'bounce', ticketId });
    const [status] = await h.server.database.db
      .select({ status: contactEmailStatus.status, reason: contactEmailStatus.reason })
      .from(contactEmailStatus)
      .innerJoin(contacts, eq(contacts.id, contactEmailStatus.contactId))
      .where(and(eq(contacts.workspaceId, ws.id), eq(contacts.email, 'fallido@cliente.test')));
    expect(status?.status).toBe('failing');
    const messages = await listTicketMessages(h.server.database.db, ws.agent.ctx, ticketId);
    expect(messages.at(-1)?.email?.delivery).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^Bounced/) as unknown,
    });
  });

  it('stops a mail loop: past the sender limit messages are kept as rate_limited, not ticketed', async () => {
    const local = await startEmailHarness({ ingestConcurrency: 0, env: { EMAIL_SENDER_RATE_LIMIT: '3' } });
    try {
      const lws = await createTestWorkspace(local.server.database.db);
      const box = await createTestMailbox(local, lws.admin.ctx, { autoAcknowledge: true });
      const outcomes: (string | null)[] = [];
      for (let i = 0; i < 5; i++) {
        const raw = await composeRaw({
          from: 'robot@bucle.test',
          to: box.address,
          subject: `Ticket ${i}`,
          text: 'auto',
        });
        const { result } = await deliver(local, box, lws.id, raw);
        outcomes.push(result?.status === 'rate_limited' ? 'rate_limited' : (result?.outcome ?? null));
      }
      expect(outcomes).toEqual(['created', 'created', 'created', 'rate_limited', 'rate_limited']);
      const acks = await local.server.database.db
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.mailboxId, box.id));
      expect(acks).toHaveLength(3);
      const limited = await local.server.database.db
        .select()
        .from(inboundEmails)
        .where(and(eq(inboundEmails.mailboxId, box.id), eq(inboundEmails.status, 'rate_limited')));
      expect(limited[0]?.outcomeReason).toBe('more than 3 messages from robot@bucle.test in 10 minutes');
    } finally {
      await local.close();
    }
  });

  it('rejects mail that claims to come from one of our own addresses', async () => {
    const result = await send({ from: mailbox.address, subject: 'Eco', text: 'Eco' });
    expect(result).toMatchObject({ outcome: 'rejected', ticketId: null });
    expect(result.reason).toMatch(/own address/);
  });
});

describe('contents', () => {
  it('keeps Cc as followers, shows inline images from our attachments and holds remote images back', async () => {
    const result = await send({
      from: '"Gabriel Ruiz" <gabriel@cliente.test>',
      cc: ['"Hilda" <hilda@cliente.test>', mailbox.address],
      subject: 'Captura',
      html: '<p>Mire:</p><img src="cid:captura@cliente"><img src="https://tracker.example/pixel.png"><script>alert(1)</script>',
      attachments: [
        {
          filename: 'captura.png',
          content: Buffer.from('89504e47', 'hex'),
          cid: 'captura@cliente',
          contentType: 'image/png',
        },
      ],
    });
    const ticketId = result.ticketId ?? '';
    const followers = await listTicketFollowers(h.server.database.db, ws.agent.ctx, ticketId);
    expect(followers.map((f) => [f.name, f.email])).toEqual([['Hilda', 'hilda@cliente.test']]);
    const [message] = await listTicketMessages(h.server.database.db, ws.agent.ctx, ticketId);
    const image = message?.attachments[0];
    expect(image?.filename).toBe('captura.png');
    expect(message?.bodyHtml).toContain(`src="/api/attachments/${image?.id ?? ''}"`);
    expect(message?.bodyHtml).toContain('data-remote-src="https://tracker.example/pixel.png"');
    expect(message?.bodyHtml).not.toContain('<script');
    expect(message?.email?.blockedRemoteImages).toBe(1);
    expect(message?.author).toMatchObject({ type: 'contact', name: 'Gabriel Ruiz' });
  });

  it('keeps an unreadable message as failed, with its error', async () => {
    const { id: inboundId, result } = await deliver(h, mailbox, ws.id, '\r\n\r\n   \r\n');
    expect(result?.status).toBe('failed');
    const [row] = await h.server.database.db
      .select()
      .from(inboundEmails)
      .where(eq(inboundEmails.id, inboundId ?? ''));
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.error).toMatch(/EmailParseError/);
  });
});
