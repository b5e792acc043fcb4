import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, PublicEvent, Ticket } from '@atiende/contracts';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let agent: AgentClient;

interface Page {
  items: Ticket[];
  nextCursor: string | null;
}
interface ErrorRes {
  error: { code: string; issues?: { path: string }[] };
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

describe('creating tickets', () => {
  it('creates a ticket with the next number, finds-or-creates the requester, and records events', async () => {
    const first = await agent.post<Ticket>('/api/tickets', {
      subject: 'Pedido sin entregar',
      body: 'El pedido 123 no llegó.',
      requester: { email: 'Lucia@Cliente.example', name: 'Lucía' },
      priority: 'high',
      channel: 'phone',
      tags: ['logistica', 'logistica'],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'new',
      priority: 'high',
      channel: 'phone',
      tags: ['logistica'],
    });
    expect(first.body.requester).toMatchObject({ name: 'Lucía', email: 'lucia@cliente.example' });
    const second = await agent.post<Ticket>('/api/tickets', {
      subject: 'Otra consulta',
      body: 'Hola',
      requester: { email: 'lucia@cliente.example' },
    });
    expect(second.body.number).toBe(first.body.number + 1);
    expect(second.body.requester.id).toBe(first.body.requester.id);

    const history = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${first.body.id}/history`);
    expect(history.body.items.map((e) => e.type)).toEqual(['message.created', 'ticket.created']);
    expect(history.body.items[1]?.actor).toMatchObject({ type: 'agent', id: ws.agent.id });
  });

  it('numbers concurrent creations uniquely', async () => {
    const local = await createTestWorkspace(server.database.db);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createTestTicket(server.database.db, local.agent.ctx, { subject: `T${i}` }),
      ),
    );
    const numbers = results.map((t) => t.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('names the invalid field', async () => {
    const res = await agent.post<ErrorRes>('/api/tickets', {
      subject: '',
      body: 'x',
      requester: { email: 'not-an-email' },
      priority: 'urgent',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.issues?.map((i) => i.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['subject', 'priority']));
  });

  it('rejects an assignee from outside the workspace', async () => {
    const other = await createTestWorkspace(server.database.db);
    const res = await agent.post<ErrorRes>('/api/tickets', {
      subject: 'x',
      body: 'y',
      requester: { email: 'a@b.example' },
      assigneeId: other.agent.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues?.[0]?.path).toBe('assigneeId');
  });

  it('never answers 500 for malformed input', async () => {
    const cases: [string, string, unknown][] = [
      ['POST', '/api/tickets', 'not json'],
      ['GET', '/api/tickets?limit=abc', undefined],
      ['GET', '/api/tickets?cursor=garbage', undefined],
      ['GET', '/api/tickets?status=lost', undefined],
      ['PATCH', '/api/tickets/00000000-0000-0000-0000-000000000000', { status: 'open' }],
      ['GET', '/api/tickets/123', undefined],
    ];
    for (const [method, path, body] of cases) {
      const res =
        typeof body === 'string'
          ? await agent.request(method, path, undefined, {
              body,
              headers: { 'content-type': 'application/json' },
            })
          : await agent.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect((res.body as ErrorRes).error.code).toBeTypeOf('string');
    }
  });
});

describe('the inbox', () => {
  it('filters by status, priority, assignee, team and text, and pages by keyset', async () => {
    const local = await createTestWorkspace(server.database.db);
    const client = await signedIn(server.url, local.agent);
    const db = server.database.db;
    const mine = await createTestTicket(db, local.agent.ctx, {
      subject: 'Facturación duplicada en diciembre',
      priority: 'critical',
      assigneeId: local.agent.id,
      teamId: local.teamId,
    });
    for (let i = 0; i < 5; i++)
      await createTestTicket(db, local.agent.ctx, { subject: `Consulta ${i}`, priority: 'low' });

    const critical = await client.get<Page>('/api/tickets?priority=critical');
    expect(critical.body.items.map((t) => t.id)).toEqual([mine.id]);
    const assigned = await client.get<Page>(
      `/api/tickets?assigneeId=${local.agent.id}&teamId=${local.teamId}`,
    );
    expect(assigned.body.items.map((t) => t.id)).toEqual([mine.id]);
    const unassigned = await client.get<Page>('/api/tickets?assigneeId=none');
    expect(unassigned.body.items).toHaveLength(5);
    // Spanish stemming and accent-insensitive: "facturacion" finds "Facturación".
    const search = await client.get<Page>('/api/tickets?q=facturacion%20duplicadas');
    expect(search.body.items.map((t) => t.id)).toEqual([mine.id]);
    const byNumber = await client.get<Page>(`/api/tickets?q=%23${mine.number}`);
    expect(byNumber.body.items.map((t) => t.id)).toEqual([mine.id]);
    const byPriority = await client.get<Page>('/api/tickets?sort=priority&limit=1');
    expect(byPriority.body.items[0]?.id).toBe(mine.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Page } = await client.get<Page>(
        `/api/tickets?limit=2&sort=created_asc${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((t) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen[0]).toBe(mine.id);

    const counts = await client.get<{ byStatus: Record<string, number>; mine: number; unassigned: number }>(
      '/api/tickets/counts',
    );
    expect(counts.body).toMatchObject({ mine: 1, unassigned: 5 });
    expect(counts.body.byStatus.new).toBe(6);
  });
});

describe('changing tickets and the conversation', () => {
  it('updates fields, records who changed what, and stamps lifecycle times', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const res = await agent.patch<Ticket>(`/api/tickets/${ticket.id}`, {
      status: 'solved',
      priority: 'high',
      assigneeId: ws.admin.id,
      teamId: ws.teamId,
      tags: ['vip'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'solved',
      priority: 'high',
      assignee: { id: ws.admin.id, name: 'Admin Prueba' },
    });
    expect(res.body.solvedAt).not.toBeNull();
    const history = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${ticket.id}/history`);
    const update = history.body.items.find((e) => e.type === 'ticket.updated');
    expect(update?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'new', to: 'solved' },
        { field: 'assignee', from: null, to: { id: ws.admin.id, name: 'Admin Prueba' } },
      ]),
    );
    const reopened = await agent.patch<Ticket>(`/api/tickets/${ticket.id}`, { status: 'open' });
    expect(reopened.body.solvedAt).toBeNull();
    const noop = await agent.patch(`/api/tickets/${ticket.id}`, { status: 'open' });
    expect(noop.status).toBe(200);
    const after = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${ticket.id}/history`);
    expect(after.body.items.filter((e) => e.type === 'ticket.updated')).toHaveLength(2);
  });

  it('keeps closed tickets unchanged', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    await agent.patch(`/api/tickets/${ticket.id}`, { status: 'closed' });
    const res = await agent.patch<ErrorRes>(`/api/tickets/${ticket.id}`, { priority: 'low' });
    expect(res.status).toBe(409);
    const reply = await agent.post<ErrorRes>(`/api/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      bodyText: 'hola',
    });
    expect(reply.status).toBe(409);
  });

  it('adds replies and notes; the first agent reply is the first response; HTML is sanitized', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const note = await agent.post<Message>(`/api/tickets/${ticket.id}/messages`, {
      kind: 'note',
      bodyText: 'Revisar con bodega',
    });
    expect(note.status).toBe(201);
    let current = await agent.get<Ticket>(`/api/tickets/${ticket.id}`);
    expect(current.body.firstResponseAt).toBeNull();
    expect(current.body.status).toBe('open');
    const reply = await agent.post<Message>(`/api/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      bodyText: '',
      bodyHtml:
        '<p onclick="x()">Hola <b>Lucía</b><script>alert(1)</script><a href="javascript:alert(1)">x</a></p>',
    });
    expect(reply.body.bodyHtml).toContain('<b>Lucía</b>');
    expect(reply.body.bodyHtml).not.toMatch(/script|onclick|javascript:/);
    expect(reply.body.bodyText).toContain('Hola Lucía');
    expect(reply.body.author).toEqual({ type: 'agent', id: ws.agent.id, name: 'Agente Prueba' });
    current = await agent.get<Ticket>(`/api/tickets/${ticket.id}`);
    expect(current.body.firstResponseAt).toBe(reply.body.createdAt);
    expect(current.body.messageCount).toBe(3);
    const thread = await agent.get<{ items: Message[] }>(`/api/tickets/${ticket.id}/messages`);
    expect(thread.body.items.map((m) => m.kind)).toEqual(['reply', 'note', 'reply']);
    expect(thread.body.items[0]?.author.type).toBe('contact');
  });

  it('turns plain text into safe HTML', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const res = await agent.post<Message>(`/api/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      bodyText: 'Hola <b>no es html</b>\nver https://andina.example/ayuda',
    });
    expect(res.body.bodyHtml).toContain('&#60;b&#62;no es html&#60;/b&#62;<br>');
    expect(res.body.bodyHtml).toContain('<a href="https://andina.example/ayuda"');
  });
});
