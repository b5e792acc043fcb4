import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, PublicEvent, Ticket } from '@atiende/contracts';
import { tickets } from '../../db/schema';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { AgentClient, signedIn } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import type { ErrorRes } from './relations-fixture';

let server: TestServer;
let ws: TestWorkspace;
let agent: AgentClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

const MINUTE = 60_000;
const inMinutes = (n: number) => new Date(Date.now() + n * MINUTE).toISOString();

function newTicket(): Promise<Ticket> {
  return createTestTicket(server.database.db, ws.agent.ctx);
}
async function ticket(id: string): Promise<Ticket> {
  return (await agent.get<Ticket>(`/api/tickets/${id}`)).body;
}
function create(ticketId: string, body: Record<string, unknown>, client = agent) {
  return client.post<Activity & ErrorRes>(`/api/tickets/${ticketId}/activities`, body);
}

describe('activities', () => {
  it('drives the indicator: none → future → due → future → none, and lists pending first', async () => {
    const t = await newTicket();
    expect(await ticket(t.id)).toMatchObject({ activityIndicator: 'none', nextActivityDueAt: null });

    const later = await create(t.id, {
      title: 'Llamar al cliente',
      kind: 'call',
      dueAt: inMinutes(180),
      ownerId: ws.agent.id,
    });
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({
      ticketId: t.id,
      title: 'Llamar al cliente',
      kind: 'call',
      owner: { id: ws.agent.id, name: 'Agente Prueba' },
      doneAt: null,
    });
    expect(await ticket(t.id)).toMatchObject({
      activityIndicator: 'future',
      nextActivityDueAt: later.body.dueAt,
    });

    const soon = await create(t.id, { title: 'Consultar con facturación', dueAt: inMinutes(30) });
    expect(soon.body).toMatchObject({ kind: 'task', owner: null });
    expect(await ticket(t.id)).toMatchObject({
      activityIndicator: 'due',
      nextActivityDueAt: soon.body.dueAt,
    });

    const done = await agent.patch<Activity>(`/api/activities/${soon.body.id}`, { done: true });
    expect(done.status).toBe(200);
    expect(done.body.doneAt).not.toBeNull();
    expect(await ticket(t.id)).toMatchObject({
      activityIndicator: 'future',
      nextActivityDueAt: later.body.dueAt,
    });

    const list = await agent.get<{ items: Activity[] }>(`/api/tickets/${t.id}/activities`);
    expect(list.body.items.map((a) => a.id)).toEqual([later.body.id, soon.body.id]);

    expect((await agent.request('DELETE', `/api/activities/${later.body.id}`)).status).toBe(204);
    expect(await ticket(t.id)).toMatchObject({ activityIndicator: 'none', nextActivityDueAt: null });
    const reopened = await agent.patch<Activity>(`/api/activities/${soon.body.id}`, { done: false });
    expect(reopened.body.doneAt).toBeNull();
    expect(await ticket(t.id)).toMatchObject({
      activityIndicator: 'due',
      nextActivityDueAt: soon.body.dueAt,
    });
  });

  it('shows red for an overdue task, recomputes on a new due date, and does not re-sort the inbox', async () => {
    const t = await newTicket();
    const overdue = await create(t.id, { title: 'Enviar cotización', dueAt: inMinutes(-90) });
    const after = await ticket(t.id);
    expect(after.activityIndicator).toBe('due');
    expect(after.updatedAt).toBe(t.updatedAt);
    const moved = await agent.patch<Activity>(`/api/activities/${overdue.body.id}`, {
      dueAt: inMinutes(24 * 60),
      title: 'Enviar cotización revisada',
    });
    expect(moved.body.title).toBe('Enviar cotización revisada');
    expect(await ticket(t.id)).toMatchObject({
      activityIndicator: 'future',
      nextActivityDueAt: moved.body.dueAt,
    });

    const history = (await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${t.id}/history`)).body.items;
    expect(history.filter((e) => e.type.startsWith('activity.')).map((e) => e.type)).toEqual([
      'activity.updated',
      'activity.created',
    ]);
    const update = history.find((e) => e.type === 'activity.updated');
    expect(update?.entityId).toBe(overdue.body.id);
    expect(update?.changes.map((c) => c.field).sort()).toEqual(['dueAt', 'title']);
    // A no-op records nothing.
    await agent.patch(`/api/activities/${overdue.body.id}`, { title: 'Enviar cotización revisada' });
    const again = (await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${t.id}/history`)).body.items;
    expect(again.filter((e) => e.type === 'activity.updated')).toHaveLength(1);
  });

  it('requires an active owner of the workspace and an open ticket', async () => {
    const t = await newTicket();
    const other = await createTestWorkspace(server.database.db);
    const foreignOwner = await create(t.id, {
      title: 'Llamar',
      dueAt: inMinutes(60),
      ownerId: other.agent.id,
    });
    expect(foreignOwner.status).toBe(400);
    expect(foreignOwner.body.error.issues?.[0]?.path).toBe('ownerId');
    const empty = await create(t.id, { title: ' ', dueAt: inMinutes(60) });
    expect(empty.status).toBe(400);

    const ok = await create(t.id, { title: 'Llamar', dueAt: inMinutes(60) });
    const reassign = await agent.patch<ErrorRes>(`/api/activities/${ok.body.id}`, {
      ownerId: other.admin.id,
    });
    expect(reassign.status).toBe(400);

    await server.database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, t.id));
    expect((await create(t.id, { title: 'Otra', dueAt: inMinutes(60) })).status).toBe(409);
    // A task left on a closed ticket can still be finished.
    expect((await agent.patch(`/api/activities/${ok.body.id}`, { done: true })).status).toBe(200);
    expect((await ticket(t.id)).activityIndicator).toBe('none');
  });

  it("answers 404 for another workspace's tickets and activities, and 401 signed out", async () => {
    const t = await newTicket();
    const mine = await create(t.id, { title: 'Llamar', dueAt: inMinutes(120) });
    const other = await createTestWorkspace(server.database.db);
    const outsider = await signedIn(server.url, other.agent);
    expect((await outsider.get(`/api/tickets/${t.id}/activities`)).status).toBe(404);
    expect((await create(t.id, { title: 'Intruso', dueAt: inMinutes(60) }, outsider)).status).toBe(404);
    expect((await outsider.patch(`/api/activities/${mine.body.id}`, { done: true })).status).toBe(404);
    expect((await outsider.request('DELETE', `/api/activities/${mine.body.id}`)).status).toBe(404);
    const anonymous = new AgentClient(server.url);
    expect((await anonymous.get(`/api/tickets/${t.id}/activities`)).status).toBe(401);
    expect((await anonymous.patch(`/api/activities/${mine.body.id}`, { done: true })).status).toBe(401);

    const list = await agent.get<{ items: Activity[] }>(`/api/tickets/${t.id}/activities`);
    expect(list.body.items).toEqual([mine.body]);
    expect((await ticket(t.id)).activityIndicator).toBe('future');
  });
});
