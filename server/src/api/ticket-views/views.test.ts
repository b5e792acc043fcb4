import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { SavedView, SavedViewCounts, Ticket } from '@atiende/contracts';
import { events } from '../../db/schema';
import { createApiToken } from '../../commands/auth/api-tokens';
import { trashTicket } from '../../commands/tickets/trash-ticket';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import { addTestAgent, type ErrorRes } from './test-support';

let server: TestServer;
let ws: TestWorkspace;
let agentA: AgentClient;
let agentB: AgentClient;
let supervisor: AgentClient;
let admin: AgentClient;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  ws = await createTestWorkspace(db);
  const second = await addTestAgent(db, ws.id, 'agent', 'Bruno Segundo');
  const sup = await addTestAgent(db, ws.id, 'supervisor', 'Sofía Supervisora');
  [agentA, agentB, supervisor, admin] = await Promise.all([
    signedIn(server.url, ws.agent),
    signedIn(server.url, second),
    signedIn(server.url, sup),
    signedIn(server.url, ws.admin),
  ]);
});
afterAll(() => server.close());

const listOf = async (client: AgentClient) =>
  (await client.get<{ items: SavedView[] }>('/api/views')).body.items;

describe('saved views', () => {
  it('keeps a personal view to its owner: others neither see nor change it', async () => {
    const created = await agentA.post<SavedView>('/api/views', {
      name: 'Mis urgentes',
      query: { priority: ['critical', 'high'], sort: 'priority' },
      columns: ['number', 'subject', 'priority'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Mis urgentes',
      shared: false,
      owner: { id: ws.agent.id, name: 'Agente Prueba' },
      query: { priority: ['critical', 'high'], sort: 'priority' },
      columns: ['number', 'subject', 'priority'],
      editable: true,
    });
    const id = created.body.id;
    expect((await listOf(agentA)).map((v) => v.id)).toContain(id);
    expect((await listOf(agentB)).map((v) => v.id)).not.toContain(id);
    expect((await listOf(admin)).map((v) => v.id)).not.toContain(id);

    expect((await agentB.patch<ErrorRes>(`/api/views/${id}`, { name: 'Robada' })).status).toBe(404);
    expect((await agentB.request('DELETE', `/api/views/${id}`)).status).toBe(404);
    const renamed = await agentA.patch<SavedView>(`/api/views/${id}`, { name: 'Urgentes' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Urgentes');

    const recorded = await server.database.db
      .select({ type: events.type, changes: events.changes })
      .from(events)
      .where(and(eq(events.workspaceId, ws.id), eq(events.entityId, id)));
    expect(recorded.map((e) => e.type)).toEqual(['saved_view.changed', 'saved_view.changed']);

    expect((await agentA.request('DELETE', `/api/views/${id}`)).status).toBe(204);
    expect((await listOf(agentA)).map((v) => v.id)).not.toContain(id);
  });

  it('lets only views.share roles create and manage shared views', async () => {
    const refused = await agentA.post<ErrorRes>('/api/views', { name: 'Equipo', shared: true, query: {} });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const shared = await supervisor.post<SavedView>('/api/views', {
      name: 'Sin asignar',
      shared: true,
      query: { assigneeId: 'none' },
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ shared: true, owner: null, editable: true });
    const seenByAgent = (await listOf(agentA)).find((v) => v.id === shared.body.id);
    expect(seenByAgent).toMatchObject({ name: 'Sin asignar', editable: false });

    expect((await agentA.patch(`/api/views/${shared.body.id}`, { name: 'X' })).status).toBe(403);
    expect((await agentA.request('DELETE', `/api/views/${shared.body.id}`)).status).toBe(403);
    // An agent may not share their own personal view either.
    const mine = await agentA.post<SavedView>('/api/views', { name: 'Mía', query: {} });
    expect((await agentA.patch(`/api/views/${mine.body.id}`, { shared: true })).status).toBe(403);

    const edited = await admin.patch<SavedView>(`/api/views/${shared.body.id}`, { position: 3 });
    expect(edited.body.position).toBe(3);
    expect((await admin.request('DELETE', `/api/views/${shared.body.id}`)).status).toBe(204);
  });

  it('validates the stored query and names the field', async () => {
    const res = await agentA.post<ErrorRes>('/api/views', {
      name: 'Mala',
      query: { priority: ['urgent'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues?.map((i) => i.path)).toEqual(['query.priority.0']);
    const empty = await agentA.post<ErrorRes>('/api/views', { name: ' ', query: {} });
    expect(empty.status).toBe(400);
  });

  it('lists personal and shared views together by position, then name', async () => {
    const local = await createTestWorkspace(server.database.db);
    const sup = await addTestAgent(server.database.db, local.id, 'supervisor', 'Sup Local');
    const [owner, boss] = await Promise.all([signedIn(server.url, local.agent), signedIn(server.url, sup)]);
    await owner.post('/api/views', { name: 'Beta', query: {}, position: 1 });
    await boss.post('/api/views', { name: 'Alfa', shared: true, query: {}, position: 1 });
    await owner.post('/api/views', { name: 'Zeta', query: {}, position: 0 });
    await boss.post('/api/views', { name: 'Omega', shared: true, query: {}, position: 2 });
    expect((await listOf(owner)).map((v) => v.name)).toEqual(['Zeta', 'Alfa', 'Beta', 'Omega']);
    expect((await listOf(boss)).map((v) => v.name)).toEqual(['Alfa', 'Omega']);
  });
});

describe('views through an API token', () => {
  it('sees shared views only, cannot own a personal one, and cannot start bulk actions', async () => {
    const local = await createTestWorkspace(server.database.db);
    const { token } = await createApiToken(server.database.db, local.admin.ctx, {
      name: 'Integración',
      role: 'supervisor',
    });
    const call = (method: string, url: string, body?: object) =>
      fetch(server.url + url, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : null,
      });
    const owner = await signedIn(server.url, local.agent);
    await owner.post('/api/views', { name: 'Personal', query: {} });

    expect((await call('POST', '/api/views', { name: 'Personal token', query: {} })).status).toBe(400);
    const shared = await call('POST', '/api/views', { name: 'Compartida', shared: true, query: {} });
    expect(shared.status).toBe(201);
    const list = (await (await call('GET', '/api/views')).json()) as { items: SavedView[] };
    expect(list.items.map((v) => v.name)).toEqual(['Compartida']);
    const bulk = await call('POST', '/api/tickets/bulk', {
      ticketIds: [crypto.randomUUID()],
      action: { type: 'priority', priority: 'low' },
    });
    expect(bulk.status).toBe(401);
  });
});

describe('view counts', () => {
  it('counts the tickets matching each visible view, in this workspace only', async () => {
    const db = server.database.db;
    const local = await createTestWorkspace(db);
    const other = await createTestWorkspace(db);
    const ctx = local.agent.ctx;
    const make = (overrides: Parameters<typeof createTestTicket>[2]) => createTestTicket(db, ctx, overrides);
    await make({ priority: 'high', tags: ['vip'], assigneeId: local.agent.id });
    await make({ priority: 'high', tags: ['vip'] });
    await make({ priority: 'high' });
    await make({ priority: 'low', tags: ['vip'], assigneeId: local.agent.id });
    await make({ priority: 'normal', teamId: local.teamId });
    const trashed: Ticket = await make({ priority: 'high', tags: ['vip'] });
    await trashTicket(db, ctx, trashed.id, 'spam');
    // Same shapes in another workspace must not be counted.
    for (let i = 0; i < 3; i++)
      await createTestTicket(db, other.agent.ctx, { priority: 'high', tags: ['vip'] });

    const client = await signedIn(server.url, local.agent);
    const views: Record<string, object> = {
      all: {},
      high: { priority: ['high'] },
      vipMine: { tags: ['vip'], assigneeId: local.agent.id },
      unassignedHighOrNormal: { assigneeId: 'none', priority: ['high', 'normal'] },
      team: { teamId: local.teamId },
      trash: { status: ['trashed'] },
      number: { q: '#1' },
    };
    const ids: Record<string, string> = {};
    for (const [name, query] of Object.entries(views)) {
      const res = await client.post<SavedView>('/api/views', { name, query });
      expect(res.status).toBe(201);
      ids[name] = res.body.id;
    }
    const counts = await client.get<SavedViewCounts>('/api/views/counts');
    expect(counts.status, JSON.stringify(counts.body)).toBe(200);
    const byName = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, counts.body[id]]));
    expect(byName).toEqual({
      all: 5,
      high: 3,
      vipMine: 2,
      unassignedHighOrNormal: 3,
      team: 1,
      trash: 1,
      number: 1,
    });
    // Another agent's counts leave out views they cannot see.
    const peer = await signedIn(server.url, local.admin);
    expect((await peer.get<SavedViewCounts>('/api/views/counts')).body).toEqual({});
  });
});

describe('a shared "assigned to me" view', () => {
  it('counts and lists each agent their own tickets', async () => {
    const db = server.database.db;
    const local = await createTestWorkspace(db);
    const bruno = await addTestAgent(db, local.id, 'agent', 'Bruno Propio');
    const [adminClient, anaClient, brunoClient] = await Promise.all([
      signedIn(server.url, local.admin),
      signedIn(server.url, local.agent),
      signedIn(server.url, bruno),
    ]);
    for (const assigneeId of [local.agent.id, local.agent.id, bruno.id]) {
      await createTestTicket(db, local.admin.ctx, { assigneeId });
    }
    const view = await adminClient.post<SavedView>('/api/views', {
      name: 'Mis tickets',
      shared: true,
      query: { assigneeId: 'me', sort: 'updated_desc' },
    });
    expect(view.status).toBe(201);
    const countFor = async (client: AgentClient) =>
      (await client.get<SavedViewCounts>('/api/views/counts')).body[view.body.id];
    expect(await countFor(anaClient)).toBe(2);
    expect(await countFor(brunoClient)).toBe(1);
    expect(await countFor(adminClient)).toBe(0);
    const mine = await brunoClient.get<{ items: Ticket[] }>('/api/tickets?assigneeId=me');
    expect(mine.body.items.map((t) => t.assignee?.id)).toEqual([bruno.id]);
  });
});
