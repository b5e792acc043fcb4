import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket, TicketLink } from '@atiende/contracts';
import { tickets } from '../../db/schema';
import type { TestServer } from '../../test/test-server';
import {
  addMessage,
  createTenant,
  getTicket,
  historyOf,
  messagesOf,
  openTicket,
  startRelationsServer,
  type ErrorRes,
  type RelationsTenant,
} from './relations-fixture';

let server: TestServer;
let t: RelationsTenant;

beforeAll(async () => {
  server = await startRelationsServer();
  t = await createTenant(server);
});
afterAll(() => server.close());

/** A ticket with three messages: the request, an agent reply, and a second question. */
async function conversation(overrides: Record<string, unknown> = {}) {
  const origin = await openTicket(t.agent, {
    subject: 'Dos problemas',
    priority: 'high',
    teamId: t.ws.teamId,
    ...overrides,
  });
  const reply = await addMessage(t.agent, origin.id, 'Revisamos la factura.');
  const second = await addMessage(t.agent, origin.id, 'Además, la app no abre.', 'note');
  return { origin, reply, second };
}

describe('splitting a ticket', () => {
  it('moves one message into a new ticket of the same requester, linked to its origin', async () => {
    const { origin, reply, second } = await conversation();
    const res = await t.agent.post<Ticket>(`/api/tickets/${origin.id}/split`, { messageId: reply.id });
    expect(res.status).toBe(201);
    const created = res.body;
    expect(created.id).not.toBe(origin.id);
    expect(created).toMatchObject({
      subject: 'Dos problemas',
      priority: 'high',
      status: 'new',
      requester: { id: origin.requester.id },
      team: { id: t.ws.teamId },
      messageCount: 1,
      lastMessageAt: reply.createdAt,
    });
    expect(created.number).toBeGreaterThan(origin.number);
    expect((await messagesOf(t.agent, created.id)).map((m) => m.id)).toEqual([reply.id]);
    const left = await messagesOf(t.agent, origin.id);
    expect(left.map((m) => m.id)).toHaveLength(2);
    expect(left.map((m) => m.id)).toContain(second.id);
    expect(await getTicket(t.agent, origin.id)).toMatchObject({ messageCount: 2 });

    const links = await t.agent.get<{ items: TicketLink[] }>(`/api/tickets/${created.id}/links`);
    expect(links.body.items).toEqual([
      expect.objectContaining({
        kind: 'split_from',
        direction: 'outgoing',
        ticket: { id: origin.id, number: origin.number, subject: origin.subject, status: 'open' },
      }),
    ]);
    const originLinks = await t.agent.get<{ items: TicketLink[] }>(`/api/tickets/${origin.id}/links`);
    expect(originLinks.body.items).toEqual([
      expect.objectContaining({ kind: 'split_from', direction: 'incoming' }),
    ]);
    const createdHistory = await historyOf(t.agent, created.id);
    expect(createdHistory.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ticket.created', 'ticket.split']),
    );
    expect(createdHistory.find((e) => e.type === 'ticket.split')?.changes).toContainEqual({
      field: 'splitFrom',
      from: null,
      to: origin.number,
    });
    expect((await historyOf(t.agent, origin.id)).find((e) => e.type === 'ticket.split')?.changes).toEqual([
      { field: 'splitInto', from: null, to: created.number },
    ]);
  });

  it('takes the later messages along, with the given subject', async () => {
    const { origin, reply, second } = await conversation();
    const res = await t.agent.post<Ticket>(`/api/tickets/${origin.id}/split`, {
      messageId: reply.id,
      withLaterMessages: true,
      subject: 'La app no abre',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subject: 'La app no abre',
      messageCount: 2,
      lastMessageAt: second.createdAt,
    });
    expect((await messagesOf(t.agent, res.body.id)).map((m) => m.id)).toEqual([reply.id, second.id]);
    const originNow = await getTicket(t.agent, origin.id);
    expect(originNow.messageCount).toBe(1);
    expect(originNow.lastMessageAt).toBe(origin.lastMessageAt);
  });

  it('refuses to empty the origin, a message of another ticket, and closed or foreign tickets', async () => {
    const lone = await openTicket(t.agent);
    const [only] = await messagesOf(t.agent, lone.id);
    const alone = await t.agent.post<ErrorRes>(`/api/tickets/${lone.id}/split`, { messageId: only?.id });
    expect(alone.status).toBe(409);

    const { origin, reply } = await conversation();
    const [first] = await messagesOf(t.agent, origin.id);
    const everything = await t.agent.post<ErrorRes>(`/api/tickets/${origin.id}/split`, {
      messageId: first?.id,
      withLaterMessages: true,
    });
    expect(everything.status).toBe(409);
    const wrongTicket = await t.agent.post<ErrorRes>(`/api/tickets/${lone.id}/split`, {
      messageId: reply.id,
    });
    expect(wrongTicket.status).toBe(404);
    expect(await messagesOf(t.agent, origin.id)).toHaveLength(3);

    await server.database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, origin.id));
    expect((await t.agent.post(`/api/tickets/${origin.id}/split`, { messageId: reply.id })).status).toBe(409);

    const other = await createTenant(server);
    const foreign = await conversation();
    const fromOutside = await other.agent.post(`/api/tickets/${foreign.origin.id}/split`, {
      messageId: foreign.reply.id,
    });
    expect(fromOutside.status).toBe(404);
    expect(await messagesOf(t.agent, foreign.origin.id)).toHaveLength(3);
  });
});
