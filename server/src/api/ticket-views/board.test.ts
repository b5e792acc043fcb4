import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Board, PublicEvent, Ticket } from '@atiende/contracts';
import { updateTicket } from '../../commands/tickets/update-ticket';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import { addCustomField, addCustomStatus, type ErrorRes } from './test-support';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Fixture {
  ws: TestWorkspace;
  client: AgentClient;
  make: (overrides?: Parameters<typeof createTestTicket>[2]) => Promise<Ticket>;
  set: (id: string, change: Parameters<typeof updateTicket>[3]) => Promise<Ticket>;
}

async function fixture(): Promise<Fixture> {
  const db = server.database.db;
  const ws = await createTestWorkspace(db);
  return {
    ws,
    client: await signedIn(server.url, ws.agent),
    make: (overrides = {}) => createTestTicket(db, ws.agent.ctx, overrides),
    set: (id, change) => updateTicket(db, ws.agent.ctx, id, change),
  };
}

const columnsOf = (board: Board) => board.columns.map((c) => [c.key, c.count]);
const cardKeys = (board: Board, key: string) =>
  board.cards.filter((c) => c.columnKey === key).map((c) => c.subject);

describe('the board by status', () => {
  it('shows categories with their custom statuses, counts, and leaves closed out by default', async () => {
    const f = await fixture();
    const db = server.database.db;
    const bank = await addCustomStatus(db, f.ws.id, 'pending', 'Esperando banco');
    const archived = await addCustomStatus(db, f.ws.id, 'on_hold', 'Vieja');
    await db.execute(sql`UPDATE ticket_statuses SET archived_at = now() WHERE id = ${archived}`);
    const other = await createTestWorkspace(db);
    await createTestTicket(db, other.agent.ctx, { subject: 'Ajeno' });

    await f.make({ subject: 'Nuevo', assigneeId: f.ws.agent.id, tags: ['vip'] });
    const open = await f.make({ subject: 'Abierto' });
    await f.set(open.id, { status: 'open' });
    const pending = await f.make({ subject: 'Pendiente' });
    await f.set(pending.id, { status: 'pending' });
    const waiting = await f.make({ subject: 'Banco' });
    await f.set(waiting.id, { customStatusId: bank });
    const closed = await f.make({ subject: 'Cerrado' });
    await f.set(closed.id, { status: 'closed' });

    const res = await f.client.get<Board>('/api/tickets/board');
    expect(res.status).toBe(200);
    expect(columnsOf(res.body)).toEqual([
      ['new', 1],
      ['open', 1],
      ['pending', 1],
      [`status:${bank}`, 1],
      ['on_hold', 0],
      ['solved', 0],
    ]);
    expect(res.body.columns[3]).toMatchObject({ name: 'Esperando banco', category: 'pending' });
    expect(res.body.columns[0]).toMatchObject({ name: null, category: 'new' });
    expect(cardKeys(res.body, `status:${bank}`)).toEqual(['Banco']);
    const card = res.body.cards.find((c) => c.subject === 'Nuevo');
    expect(card).toMatchObject({
      columnKey: 'new',
      status: 'new',
      priority: 'normal',
      requester: { name: 'Cliente Prueba' },
      assignee: { id: f.ws.agent.id, name: 'Agente Prueba' },
      tags: ['vip'],
      activityIndicator: 'none',
    });
    expect(res.body.cards.map((c) => c.subject)).not.toContain('Cerrado');
    expect(res.body.cards.map((c) => c.subject)).not.toContain('Ajeno');

    const withClosed = await f.client.get<Board>('/api/tickets/board?status=closed,open');
    expect(columnsOf(withClosed.body)).toEqual([
      ['open', 1],
      ['closed', 1],
    ]);
    const filtered = await f.client.get<Board>('/api/tickets/board?tags=vip');
    expect(filtered.body.columns.find((c) => c.key === 'new')?.count).toBe(1);
    expect(filtered.body.cards.map((c) => c.subject)).toEqual(['Nuevo']);
  });

  it('keeps the full count but only the first cards per column, by priority then recency', async () => {
    const f = await fixture();
    await f.make({ subject: 'baja', priority: 'low' });
    await f.make({ subject: 'normal 1' });
    await f.make({ subject: 'critica', priority: 'critical' });
    await f.make({ subject: 'normal 2' });
    await f.make({ subject: 'alta', priority: 'high' });
    const res = await f.client.get<Board>('/api/tickets/board?perColumn=3');
    expect(res.body.columns[0]).toMatchObject({ key: 'new', count: 5 });
    expect(cardKeys(res.body, 'new')).toEqual(['critica', 'alta', 'normal 2']);
    const high = await f.client.get<Board>('/api/tickets/board?priority=high,critical');
    expect(high.body.columns[0]?.count).toBe(2);
  });
});

describe('the board by a dropdown field', () => {
  it('has a column per option plus none, and refuses other kinds of field', async () => {
    const f = await fixture();
    const db = server.database.db;
    const region = await addCustomField(db, f.ws.id, {
      name: 'Región',
      kind: 'dropdown',
      options: [
        { value: 'norte', label: 'Norte' },
        { value: 'sur', label: 'Sur' },
      ],
    });
    const a = await f.make({ subject: 'A' });
    await f.set(a.id, { customFields: { [region]: 'sur' } });
    await f.make({ subject: 'B' });
    const res = await f.client.get<Board>(`/api/tickets/board?groupBy=field:${region}`);
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual([
      { key: 'option:norte', name: 'Norte', category: null, count: 0 },
      { key: 'option:sur', name: 'Sur', category: null, count: 1 },
      { key: 'none', name: null, category: null, count: 1 },
    ]);
    expect(cardKeys(res.body, 'option:sur')).toEqual(['A']);

    const text = await addCustomField(db, f.ws.id, { name: 'Notas', kind: 'text' });
    const refused = await f.client.get<ErrorRes>(`/api/tickets/board?groupBy=field:${text}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues?.[0]?.path).toBe('groupBy');
    const foreign = await createTestWorkspace(db);
    const theirs = await addCustomField(db, foreign.id, { name: 'Ajeno', kind: 'dropdown' });
    expect((await f.client.get(`/api/tickets/board?groupBy=field:${theirs}`)).status).toBe(400);

    const moved = await f.client.post<Ticket>(`/api/tickets/${a.id}/move`, {
      groupBy: `field:${region}`,
      toColumnKey: 'option:norte',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.customFields[region]).toBe('norte');
    const cleared = await f.client.post<Ticket>(`/api/tickets/${a.id}/move`, {
      groupBy: `field:${region}`,
      toColumnKey: 'none',
    });
    expect(cleared.body.customFields[region]).toBeUndefined();
    const unknown = await f.client.post<ErrorRes>(`/api/tickets/${a.id}/move`, {
      groupBy: `field:${region}`,
      toColumnKey: 'option:este',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues?.[0]?.path).toBe('toColumnKey');
  });
});

describe('moving a card', () => {
  it('changes the status through updateTicket and records it in the history', async () => {
    const f = await fixture();
    const bank = await addCustomStatus(server.database.db, f.ws.id, 'pending', 'Esperando banco');
    const ticket = await f.make({ subject: 'Mover' });
    const res = await f.client.post<Ticket>(`/api/tickets/${ticket.id}/move`, {
      groupBy: 'status',
      toColumnKey: 'open',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('open');
    const history = await f.client.get<{ items: PublicEvent[] }>(`/api/tickets/${ticket.id}/history`);
    expect(history.body.items[0]).toMatchObject({
      type: 'ticket.updated',
      actor: { type: 'agent', id: f.ws.agent.id },
      changes: [{ field: 'status', from: 'new', to: 'open' }],
    });

    const custom = await f.client.post<Ticket>(`/api/tickets/${ticket.id}/move`, {
      groupBy: 'status',
      toColumnKey: `status:${bank}`,
    });
    expect(custom.body).toMatchObject({ status: 'pending', customStatus: { id: bank } });
    const back = await f.client.post<Ticket>(`/api/tickets/${ticket.id}/move`, {
      groupBy: 'status',
      toColumnKey: 'pending',
    });
    expect(back.body).toMatchObject({ status: 'pending', customStatus: null });

    for (const key of ['trashed', 'status:nope', `status:${crypto.randomUUID()}`, 'option:x']) {
      const bad = await f.client.post<ErrorRes>(`/api/tickets/${ticket.id}/move`, {
        groupBy: 'status',
        toColumnKey: key,
      });
      expect(bad.status, key).toBe(400);
      expect(bad.body.error.issues?.[0]?.path).toBe('toColumnKey');
    }
  });

  it('refuses a drop on solved while a required field is empty, and leaves the ticket alone', async () => {
    const f = await fixture();
    const cause = await addCustomField(server.database.db, f.ws.id, {
      name: 'Causa raíz',
      kind: 'text',
      requiredOnSolve: true,
    });
    const ticket = await f.make({ subject: 'Resolver' });
    await f.set(ticket.id, { status: 'open' });
    const refused = await f.client.post<ErrorRes>(`/api/tickets/${ticket.id}/move`, {
      groupBy: 'status',
      toColumnKey: 'solved',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(refused.body.error.issues?.[0]?.path).toBe(`customFields.${cause}`);
    expect(refused.body.error.issues?.[0]?.message).toContain('Causa raíz');
    const unchanged = await f.client.get<Ticket>(`/api/tickets/${ticket.id}`);
    expect(unchanged.body.status).toBe('open');

    await f.set(ticket.id, { customFields: { [cause]: 'Cable suelto' } });
    const solved = await f.client.post<Ticket>(`/api/tickets/${ticket.id}/move`, {
      groupBy: 'status',
      toColumnKey: 'solved',
    });
    expect(solved.status).toBe(200);
    expect(solved.body).toMatchObject({ status: 'solved', resolution: 'finalized' });
  });

  it('does not move tickets of another workspace', async () => {
    const f = await fixture();
    const other = await createTestWorkspace(server.database.db);
    const theirs = await createTestTicket(server.database.db, other.agent.ctx);
    const res = await f.client.post(`/api/tickets/${theirs.id}/move`, {
      groupBy: 'status',
      toColumnKey: 'open',
    });
    expect(res.status).toBe(404);
  });
});
