import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Attachment, Mailbox, Message, PublicEvent, Ticket, TicketFollower } from '@atiende/contracts';
import { inboundEmails } from '../../db/schema';
import { createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { REPLY_DOMAIN, startEmailHarness, type EmailHarness } from '../../test/email-harness';
import { waitUntil } from '../../test/wait-until';

let h: EmailHarness;
let ws: TestWorkspace;
let agent: AgentClient;
let mailbox: Mailbox;
let customer: Transporter<SMTPTransport.SentMessageInfo>;

/** The inbound row of a Message-ID (angle brackets as nodemailer returns it). */
async function inboundRow(messageId: string) {
  const rows = await h.server.database.db
    .select()
    .from(inboundEmails)
    .where(eq(inboundEmails.messageIdKey, messageId.replace(/^<|>$/g, '')));
  return rows;
}

async function processedTicketId(messageId: string): Promise<string> {
  return waitUntil(async () => {
    const [row] = await inboundRow(messageId);
    return row?.status === 'processed' && row.ticketId ? row.ticketId : undefined;
  }, `processing of ${messageId}`);
}

async function messagesOf(ticketId: string): Promise<Message[]> {
  return (await agent.get<{ items: Message[] }>(`/api/tickets/${ticketId}/messages`)).body.items;
}

beforeAll(async () => {
  h = await startEmailHarness({ smtp: true });
  ws = await createTestWorkspace(h.server.database.db);
  agent = await signedIn(h.server.url, ws.agent);
  const admin = await signedIn(h.server.url, ws.admin);
  const created = await admin.post<Mailbox>('/api/mailboxes', {
    name: 'Soporte Andina',
    address: `soporte-${ws.id.slice(0, 8)}@andina.test`,
    fromName: 'Soporte Andina',
    teamId: ws.teamId,
    autoAcknowledge: true,
  });
  expect(created.status).toBe(201);
  mailbox = created.body;
  customer = nodemailer.createTransport({
    host: '127.0.0.1',
    port: h.smtp?.port ?? 0,
    secure: false,
    ignoreTLS: true,
  });
});
afterAll(async () => {
  customer.close();
  await h.close();
});

describe('the built-in SMTP server', () => {
  it('answers 550 for addresses that are neither a mailbox nor a reply address', async () => {
    await expect(
      customer.sendMail({ from: 'a@cliente.test', to: 'nadie@andina.test', subject: 'x', text: 'y' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      customer.sendMail({
        from: 'a@cliente.test',
        to: `reply+deadbeef@${REPLY_DOMAIN}`,
        subject: 'x',
        text: 'y',
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('stores the raw message before answering 250, and a second delivery stores nothing new', async () => {
    const mail = {
      from: 'dup@cliente.test',
      to: mailbox.address,
      subject: 'Entregado dos veces',
      text: 'Hola',
      messageId: `<dup-${ws.id}@cliente.test>`,
    };
    const first = await customer.sendMail(mail);
    expect(first.response).toMatch(/^250/);
    const [stored] = await inboundRow(mail.messageId);
    expect(stored?.raw.toString('utf8')).toContain('Entregado dos veces');
    const second = await customer.sendMail(mail);
    expect(second.response).toMatch(/^250/);
    expect(await inboundRow(mail.messageId)).toHaveLength(1);
  });
});

describe('an email conversation end to end over SMTP', () => {
  it('creates the ticket, acknowledges it, sends the agent reply and threads the answer onto the same ticket', async () => {
    const sent = await customer.sendMail({
      from: '"Lucía Pérez" <lucia@cliente.test>',
      to: mailbox.address,
      cc: '"Jefe de Lucía" <jefe@cliente.test>',
      subject: 'No llega mi pedido',
      text: 'Hola, el pedido 123 no llegó.\n\nLucía',
      attachments: [{ filename: 'pedido.txt', content: 'pedido 123' }],
    });
    const ticketId = await processedTicketId(sent.messageId);
    const ticket = (await agent.get<Ticket>(`/api/tickets/${ticketId}`)).body;
    expect(ticket).toMatchObject({ subject: 'No llega mi pedido', channel: 'email', status: 'new' });
    expect(ticket.team?.id).toBe(ws.teamId);
    expect(ticket.requester).toMatchObject({ name: 'Lucía Pérez', email: 'lucia@cliente.test' });

    const [first] = await messagesOf(ticketId);
    expect(first?.author).toMatchObject({ type: 'contact', name: 'Lucía Pérez' });
    expect(first?.attachments.map((a) => a.filename)).toEqual(['pedido.txt']);
    expect(first?.email).toMatchObject({
      direction: 'inbound',
      visibleText: 'Hola, el pedido 123 no llegó.\n\nLucía',
    });
    const followers = await agent.get<{ items: TicketFollower[] }>(`/api/tickets/${ticketId}/followers`);
    expect(followers.body.items.map((f) => f.email)).toEqual(['jefe@cliente.test']);

    // The acknowledgement, in Spanish, marked as automatic, threaded on the customer's message.
    const ack = await h.sink.waitFor((m) => m.parsed.subject.includes(`[#${ticket.number}]`));
    expect(ack.parsed.subject).toBe(`Recibimos tu consulta: No llega mi pedido [#${ticket.number}]`);
    expect(ack.parsed.text).toContain(`Hola Lucía:`);
    expect(ack.parsed.text).toContain(`creamos el ticket #${ticket.number}`);
    expect(ack.parsed.headers.autoSubmitted).toBe('auto-replied');
    expect(ack.parsed.inReplyTo).toEqual([sent.messageId.replace(/^<|>$/g, '')]);
    expect(ack.envelopeTo).toEqual(['lucia@cliente.test']);

    // The agent answers with an attachment through the API.
    const form = new FormData();
    form.append('file', new Blob(['etiqueta de envío'], { type: 'text/plain' }), 'etiqueta.txt');
    const upload = await agent.request<Attachment>('POST', '/api/attachments', form);
    const posted = await agent.post<Message>(`/api/tickets/${ticketId}/messages`, {
      kind: 'reply',
      bodyText: 'Hola Lucía, ya lo revisamos: sale mañana.',
      attachmentIds: [upload.body.id],
    });
    expect(posted.status).toBe(201);
    expect(posted.body.email?.delivery?.status).toBe('queued');
    const reply = await h.sink.waitFor((m) => m.parsed.text.includes('sale mañana'));
    const customerId = sent.messageId.replace(/^<|>$/g, '');
    expect(reply.parsed.from?.address).toBe(mailbox.address);
    expect(reply.parsed.to.map((a) => a.address)).toEqual(['lucia@cliente.test']);
    expect(reply.parsed.cc.map((a) => a.address)).toEqual(['jefe@cliente.test']);
    expect(reply.parsed.subject).toBe(`Re: No llega mi pedido [#${ticket.number}]`);
    expect(reply.parsed.inReplyTo).toEqual([customerId]);
    expect(reply.parsed.references).toContain(customerId);
    expect(reply.parsed.messageId).toMatch(new RegExp(`@${REPLY_DOMAIN.replaceAll('.', '\\.')}$`));
    expect(reply.parsed.html).toContain('sale mañana');
    expect(reply.parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['etiqueta.txt', 'etiqueta de envío'],
    ]);
    const replyTo = reply.parsed.replyTo[0]?.address ?? '';
    expect(replyTo).toMatch(new RegExp(`^reply\\+[0-9a-f]+@${REPLY_DOMAIN.replaceAll('.', '\\.')}$`));
    await waitUntil(async () => {
      const mine = (await messagesOf(ticketId)).find((m) => m.id === posted.body.id);
      return mine?.email?.delivery?.status === 'sent' ? mine : undefined;
    }, 'delivery status sent');

    // The customer answers the reply, quoting it, with a different subject.
    const answer = await customer.sendMail({
      from: '"Lucía Pérez" <lucia@cliente.test>',
      to: replyTo,
      subject: 'otra cosa',
      text: 'Perfecto, gracias.\n\nEl lun, 1 ene 2030 a las 10:00, Soporte Andina escribió:\n> Hola Lucía, ya lo revisamos: sale mañana.',
      inReplyTo: `<${reply.parsed.messageId}>`,
      references: [...reply.parsed.references, reply.parsed.messageId].map((id) => `<${id}>`),
    });
    expect(await processedTicketId(answer.messageId)).toBe(ticketId);
    const conversation = await messagesOf(ticketId);
    expect(conversation.map((m) => m.author.type)).toEqual(['contact', 'system', 'agent', 'contact']);
    const last = conversation.at(-1);
    expect(last?.email?.visibleText).toBe('Perfecto, gracias.');
    expect(last?.email?.quotedText).toContain('sale mañana');
    expect(last?.bodyText).toContain('> Hola Lucía');

    const history = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${ticketId}/history`);
    const created = history.body.items.find((e) => e.type === 'ticket.created');
    expect(created?.changes).toContainEqual({
      field: 'mailbox',
      from: null,
      to: { id: mailbox.id, name: mailbox.name },
    });
    expect(
      history.body.items.filter((e) => e.type === 'message.delivery_updated').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('shows a reply the relay refused as failed, with the error', async () => {
    const sent = await customer.sendMail({
      from: 'rechazo@cliente.test',
      to: mailbox.address,
      subject: 'Rebote',
      text: 'Hola',
    });
    const ticketId = await processedTicketId(sent.messageId);
    h.sink.refuseWith = 550;
    try {
      const posted = await agent.post<Message>(`/api/tickets/${ticketId}/messages`, {
        kind: 'reply',
        bodyText: 'No llegará',
      });
      const failed = await waitUntil(async () => {
        const mine = (await messagesOf(ticketId)).find((m) => m.id === posted.body.id);
        return mine?.email?.delivery?.status === 'failed' ? mine : undefined;
      }, 'delivery status failed');
      expect(failed.email?.delivery?.error).toMatch(/Refused by the test sink/);
    } finally {
      h.sink.refuseWith = null;
    }
  });

  it('a poisoned message fails on its own and does not delay the next one', async () => {
    const poisoned = await customer.sendMail({
      envelope: { from: 'x@cliente.test', to: [mailbox.address] },
      raw: ' \r\n \r\n',
    });
    const started = Date.now();
    const good = await customer.sendMail({
      from: 'bien@cliente.test',
      to: mailbox.address,
      subject: 'Después',
      text: 'Hola',
    });
    await processedTicketId(good.messageId);
    expect(Date.now() - started).toBeLessThan(5_000);
    const [bad] = await waitUntil(async () => {
      const rows = await h.server.database.db
        .select()
        .from(inboundEmails)
        .where(eq(inboundEmails.mailboxId, mailbox.id));
      const failed = rows.filter((r) => r.status === 'failed');
      return failed.length > 0 ? failed : undefined;
    }, 'the poisoned message marked failed');
    expect(poisoned.response).toMatch(/^250/);
    expect(bad?.error).toMatch(/empty/i);
    expect(bad?.attempts).toBe(1);
  });
});
