import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Mailbox, Message, PublicEvent, Ticket } from '@atiende/contracts';
import { emailThreads, ticketLinks } from '../../db/schema';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import {
  composeRaw,
  createTestMailbox,
  deliver,
  startEmailHarness,
  type EmailHarness,
} from '../../test/email-harness';

let h: EmailHarness;
let ws: TestWorkspace;
let agent: AgentClient;
let mailbox: Mailbox;

interface ErrorRes {
  error: { code: string; message: string };
}

beforeAll(async () => {
  h = await startEmailHarness({ ingestConcurrency: 0 });
  ws = await createTestWorkspace(h.server.database.db);
  agent = await signedIn(h.server.url, ws.agent);
  mailbox = await createTestMailbox(h, ws.admin.ctx, { teamId: ws.teamId });
});
afterAll(() => h.close());

const db = () => h.server.database.db;

async function linksFrom(ticketId: string) {
  return db()
    .select({ target: ticketLinks.targetTicketId, kind: ticketLinks.kind })
    .from(ticketLinks)
    .where(and(eq(ticketLinks.workspaceId, ws.id), eq(ticketLinks.sourceTicketId, ticketId)));
}

describe('follow-ups of closed tickets', () => {
  it('opens a linked ticket for the same customer with the agent reply, and mails it', async () => {
    const email = `cliente-${randomUUID().slice(0, 8)}@cliente.test`;
    const original = await createTestTicket(db(), ws.agent.ctx, {
      subject: 'Factura duplicada',
      requester: { email, name: 'Rosa' },
      priority: 'high',
      type: 'billing',
      teamId: ws.teamId,
      channel: 'email',
    });
    const notClosed = await agent.post<ErrorRes>(`/api/tickets/${original.id}/follow-up`, {
      bodyText: 'Hola',
    });
    expect(notClosed.status).toBe(409);
    await agent.patch(`/api/tickets/${original.id}`, { status: 'closed' });
    // Replying on the closed ticket itself is refused; the follow-up is the way.
    const reply = await agent.post(`/api/tickets/${original.id}/messages`, { kind: 'reply', bodyText: 'x' });
    expect(reply.status).toBe(409);

    const res = await agent.post<Ticket>(`/api/tickets/${original.id}/follow-up`, {
      bodyText: 'Hola Rosa, revisamos de nuevo la factura y ya emitimos la nota crédito.',
    });
    expect(res.status).toBe(201);
    const followUp = res.body;
    expect(followUp.id).not.toBe(original.id);
    expect(followUp).toMatchObject({
      subject: 'Seguimiento: Factura duplicada',
      status: 'open',
      priority: 'high',
      type: 'billing',
      channel: 'email',
      requester: { id: original.requester.id },
      team: { id: ws.teamId },
      assignee: { id: ws.agent.id },
      messageCount: 1,
    });
    expect(followUp.firstResponseAt).not.toBeNull();
    const thread = await agent.get<{ items: Message[] }>(`/api/tickets/${followUp.id}/messages`);
    expect(thread.body.items).toHaveLength(1);
    expect(thread.body.items[0]).toMatchObject({
      kind: 'reply',
      author: { type: 'agent', id: ws.agent.id },
    });
    expect(await linksFrom(followUp.id)).toEqual([{ target: original.id, kind: 'follow_up_of' }]);
    const closedHistory = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${original.id}/history`);
    expect(closedHistory.body.items[0]).toMatchObject({
      type: 'ticket.linked',
      changes: [
        {
          field: 'link',
          from: null,
          to: { kind: 'follow_up_of', direction: 'incoming', ticket: { id: followUp.id } },
        },
      ],
    });
    // The customer actually gets the reply by email.
    const mail = await h.sink.waitFor((m) => m.envelopeTo.includes(email));
    expect(mail.parsed.subject).toContain('Seguimiento: Factura duplicada');
    expect(mail.parsed.text).toContain('nota crédito');

    const custom = await agent.post<Ticket>(`/api/tickets/${original.id}/follow-up`, {
      bodyText: 'Otra cosa',
      subject: 'Nueva consulta',
    });
    expect(custom.body.subject).toBe('Nueva consulta');
    expect((await agent.post(`/api/tickets/${original.id}/follow-up`, { bodyText: '' })).status).toBe(400);
    const other = await createTestWorkspace(db());
    const stranger = await signedIn(h.server.url, other.agent);
    expect((await stranger.post(`/api/tickets/${original.id}/follow-up`, { bodyText: 'x' })).status).toBe(
      404,
    );
  });

  it('links the follow-up a customer email to a closed ticket opens', async () => {
    const messageId = `cerrado-${randomUUID()}@cliente.test`;
    const send = async (mail: object) => {
      const raw = await composeRaw({ to: mailbox.address, from: 'tere@cliente.test', ...mail });
      const { result } = await deliver(h, mailbox, ws.id, raw);
      if (!result) throw new Error('not stored');
      return result;
    };
    const first = await send({ subject: 'Clave', text: 'Olvidé la clave', messageId });
    const closedId = first.ticketId ?? '';
    await agent.patch(`/api/tickets/${closedId}`, { status: 'closed' });
    const again = await send({ subject: 'Re: Clave', text: 'Otra vez', inReplyTo: `<${messageId}>` });
    expect(again.outcome).toBe('created');
    const followUpId = again.ticketId ?? '';
    expect(followUpId).not.toBe(closedId);
    expect(await linksFrom(followUpId)).toEqual([{ target: closedId, kind: 'follow_up_of' }]);
    const [thread] = await db().select().from(emailThreads).where(eq(emailThreads.ticketId, followUpId));
    expect(thread?.followUpOfTicketId).toBe(closedId);
  });
});
