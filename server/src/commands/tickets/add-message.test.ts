import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, PublicEvent, Ticket } from '@atiende/contracts';
import { tickets } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import { addMessage } from './add-message';

let server: TestServer;
let ws: TestWorkspace;
let ana: AgentClient;
let bruno: AgentClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  ana = await signedIn(server.url, ws.admin);
  bruno = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

async function newestMessageId(ticketId: string): Promise<string> {
  const thread = await ana.get<{ items: Message[] }>(`/api/tickets/${ticketId}/messages`);
  const last = thread.body.items.at(-1);
  if (!last) throw new Error('empty thread');
  return last.id;
}

function reply(bodyText: string, extra: Record<string, unknown> = {}) {
  return { kind: 'reply', bodyText, ...extra };
}

describe('reply conflict (lastSeenMessageId)', () => {
  it('refuses with 409 ticket_changed when another agent wrote after the message seen, and sends with ignoreNewMessages', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const seen = await newestMessageId(ticket.id);
    expect((await bruno.post(`/api/tickets/${ticket.id}/messages`, reply('Lo miro yo'))).status).toBe(201);

    const refused = await ana.post<{ error: { code: string; message: string } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('Hola, ¿sigue el problema?', { lastSeenMessageId: seen }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ticket_changed');
    expect(refused.body.error.message).toMatch(/^1 new message arrived/);
    const thread = await ana.get<{ items: Message[] }>(`/api/tickets/${ticket.id}/messages`);
    expect(thread.body.items.map((m) => m.bodyText)).not.toContain('Hola, ¿sigue el problema?');

    const sent = await ana.post<Message>(
      `/api/tickets/${ticket.id}/messages`,
      reply('Hola, ¿sigue el problema?', { lastSeenMessageId: seen, ignoreNewMessages: true }),
    );
    expect(sent.status).toBe(201);
  });

  it('accepts once the agent has seen the newest message, and counts notes by others too', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    await bruno.post(`/api/tickets/${ticket.id}/messages`, { kind: 'note', bodyText: 'No respondas aún' });
    await bruno.post(`/api/tickets/${ticket.id}/messages`, { kind: 'note', bodyText: 'Ya puedes' });
    const first = (await ana.get<{ items: Message[] }>(`/api/tickets/${ticket.id}/messages`)).body.items[0];
    const refused = await ana.post<{ error: { message: string } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('Respuesta', { lastSeenMessageId: first?.id }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/^2 new messages arrived/);

    const ok = await ana.post(
      `/api/tickets/${ticket.id}/messages`,
      reply('Respuesta', { lastSeenMessageId: await newestMessageId(ticket.id) }),
    );
    expect(ok.status).toBe(201);
  });

  it("does not count the agent's own messages sent since", async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const seen = await newestMessageId(ticket.id);
    await ana.post(`/api/tickets/${ticket.id}/messages`, reply('Primera parte'));
    await ana.post(`/api/tickets/${ticket.id}/messages`, { kind: 'note', bodyText: 'Nota mía' });
    const second = await ana.post(
      `/api/tickets/${ticket.id}/messages`,
      reply('Segunda parte', { lastSeenMessageId: seen }),
    );
    expect(second.status).toBe(201);
  });

  it('treats lastSeenMessageId null as "saw no message" and rejects an id from another ticket with 400', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const other = await createTestTicket(server.database.db, ws.admin.ctx);
    const nullSeen = await ana.post<{ error: { code: string } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('Hola', { lastSeenMessageId: null }),
    );
    expect(nullSeen.status).toBe(409);
    expect(nullSeen.body.error.code).toBe('ticket_changed');

    const foreign = await ana.post<{ error: { code: string; issues: { path: string }[] } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('Hola', { lastSeenMessageId: await newestMessageId(other.id) }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('validation_failed');
    expect(foreign.body.error.issues[0]?.path).toBe('lastSeenMessageId');
  });
});

describe('customer messages and status', () => {
  function customerOf(ticket: Ticket): AuthContext {
    return {
      workspaceId: ws.id,
      actor: { type: 'contact', id: ticket.requester.id, name: ticket.requester.name },
      role: 'agent',
      agentId: null,
      via: 'token',
    };
  }

  it('reopens a solved ticket, clears its resolution and records the status change', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    await server.database.db
      .update(tickets)
      .set({ status: 'solved', solvedAt: new Date(), resolution: 'finalized' })
      .where(eq(tickets.id, ticket.id));

    await addMessage(server.database.db, customerOf(ticket), ticket.id, {
      kind: 'reply',
      bodyText: 'Sigue sin funcionar',
      attachmentIds: [],
    });

    const [row] = await server.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.status).toBe('open');
    expect(row?.solvedAt).toBeNull();
    expect(row?.resolution).toBeNull();
    const history = await ana.get<{ items: PublicEvent[] }>(`/api/tickets/${ticket.id}/history`);
    const reopened = history.body.items.find(
      (e) => e.type === 'ticket.updated' && e.changes.some((c) => c.field === 'status' && c.to === 'open'),
    );
    expect(reopened?.actor).toMatchObject({ type: 'contact', id: ticket.requester.id });
    expect(reopened?.changes).toContainEqual({ field: 'status', from: 'solved', to: 'open' });
  });

  it('keeps refusing messages on a closed ticket (409 conflict)', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    await server.database.db
      .update(tickets)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(tickets.id, ticket.id));
    const refused = await ana.post<{ error: { code: string } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('¿Hola?'),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
  });

  it('refuses messages on a ticket in the trash until it is restored', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const trashed = await ana.post(`/api/tickets/${ticket.id}/trash`, { reason: 'spam' });
    expect(trashed.status).toBe(200);
    const refused = await ana.post<{ error: { code: string; message: string } }>(
      `/api/tickets/${ticket.id}/messages`,
      reply('¿Hola?'),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/restore/);
    expect((await ana.post(`/api/tickets/${ticket.id}/restore`)).status).toBe(200);
    expect((await ana.post(`/api/tickets/${ticket.id}/messages`, reply('¿Hola?'))).status).toBe(201);
  });
});
