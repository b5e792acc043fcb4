import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type {
  PublicEvent,
  SlaPolicyWriteResult,
  SlaRecomputeRun,
  Ticket,
  TicketSla,
} from '@atiende/contracts';
import { events, tickets } from '../../db/schema';
import { applySlaToTickets } from '../../sla/apply-sla';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import type { TestServer } from '../../test/test-server';
import { startTestServerWithWorker, type TestServerWithWorker } from '../../test/test-server-with-worker';
import { waitUntil } from '../../test/wait-until';
import { sameTargets } from './sla-test-support';

let server: TestServer;
let worker: TestServerWithWorker;

beforeAll(async () => {
  worker = await startTestServerWithWorker();
  server = worker.server;
});
afterAll(() => worker.close());

interface Tenant {
  ws: TestWorkspace;
  admin: AgentClient;
  agent: AgentClient;
}

async function tenant(): Promise<Tenant> {
  const ws = await createTestWorkspace(server.database.db);
  return { ws, admin: await signedIn(server.url, ws.admin), agent: await signedIn(server.url, ws.agent) };
}

/** Creates a policy and waits for its recompute to finish, returning the finished run. */
async function policy(t: Tenant, body: object): Promise<SlaRecomputeRun> {
  const res = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return waitUntil(async () => {
    const run = await t.agent.get<SlaRecomputeRun>(`/api/sla/recompute-runs/${res.body.recompute.id}`);
    return run.body.state === 'finished' ? run.body : undefined;
  }, 'the recompute run to finish');
}

const ticketOf = async (t: Tenant, id: string) => (await t.agent.get<Ticket>(`/api/tickets/${id}`)).body;
const slaOf = async (t: Tenant, id: string) => (await t.agent.get<TicketSla>(`/api/tickets/${id}/sla`)).body;

describe('recomputing after a policy change', () => {
  it('gives every unresolved ticket its clocks; solved tickets are left as they are', async () => {
    const t = await tenant();
    const open = await createTestTicket(server.database.db, t.ws.agent.ctx);
    const other = await createTestTicket(server.database.db, t.ws.agent.ctx, { priority: 'high' });
    const solved = await createTestTicket(server.database.db, t.ws.agent.ctx);
    expect((await t.agent.patch(`/api/tickets/${solved.id}`, { status: 'solved' })).status).toBe(200);
    expect(open.slaIndicator).toBe('none');

    const run = await policy(t, { name: 'Estándar', targets: sameTargets({ firstResponseMinutes: 240 }) });
    expect(run).toMatchObject({ total: 2, done: 2 });
    expect(run.finishedAt).not.toBeNull();
    const finished = await server.database.db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, t.ws.id), eq(events.entityId, run.id)));
    expect(finished.map((e) => [e.type, e.actor])).toEqual([
      ['sla.updated', { type: 'system', name: 'SLA' }],
    ]);
    for (const id of [open.id, other.id]) {
      const ticket = await ticketOf(t, id);
      expect(ticket.slaIndicator).toBe('ok');
      expect(Date.parse(ticket.slaDueAt ?? '') - Date.parse(ticket.createdAt)).toBe(240 * 60_000);
    }
    expect((await slaOf(t, solved.id)).clocks).toEqual([]);

    // A more specific policy first: high-priority tickets move to it.
    const urgent = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', {
      name: 'Altas',
      conditions: { priorities: ['high'] },
      targets: sameTargets({ firstResponseMinutes: 30 }),
    });
    const list = await t.agent.get<{ items: { id: string }[] }>('/api/sla/policies');
    const reorder = await t.admin.post<{ recompute: SlaRecomputeRun }>('/api/sla/policies/reorder', {
      ids: [
        urgent.body.policy.id,
        ...list.body.items.map((p) => p.id).filter((id) => id !== urgent.body.policy.id),
      ],
    });
    await waitUntil(async () => {
      const r = await t.agent.get<SlaRecomputeRun>(`/api/sla/recompute-runs/${reorder.body.recompute.id}`);
      return r.body.state === 'finished';
    }, 'the reorder recompute');
    const high = await slaOf(t, other.id);
    expect(high.policy?.name).toBe('Altas');
    expect(high.clocks).toMatchObject([{ metric: 'first_response', targetMinutes: 30, state: 'running' }]);
    expect((await ticketOf(t, other.id)).slaIndicator).toBe('warning');
    expect((await slaOf(t, open.id)).policy?.name).toBe('Estándar');
  });
});

describe('a ticket’s clocks as it is worked', () => {
  it('starts clocks on creation, meets first response on the agent reply, pauses resolution while pending', async () => {
    const t = await tenant();
    await policy(t, {
      name: 'Estándar',
      targets: sameTargets({ firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 1440 }),
    });
    const created = await t.agent.post<Ticket>('/api/tickets', {
      subject: 'Factura duplicada',
      body: 'Me cobraron dos veces.',
      requester: { email: `c-${randomUUID()}@cliente.example` },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const fresh = await slaOf(t, id);
    expect(fresh.policy?.name).toBe('Estándar');
    expect(fresh.calendar).toBeNull();
    expect(fresh.clocks.map((c) => [c.metric, c.state])).toEqual([
      ['first_response', 'running'],
      ['resolution', 'running'],
    ]);
    const remaining = fresh.clocks[0]?.remainingSeconds ?? 0;
    expect(remaining).toBeGreaterThan(3500);
    expect(remaining).toBeLessThanOrEqual(3600);
    expect((await ticketOf(t, id)).slaDueAt).toBe(fresh.clocks[0]?.dueAt);

    const reply = await t.agent.post(`/api/tickets/${id}/messages`, {
      kind: 'reply',
      bodyText: 'Lo revisamos.',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const answered = await slaOf(t, id);
    expect(answered.clocks[0]).toMatchObject({ metric: 'first_response', state: 'met' });
    expect(answered.clocks[0]?.stoppedAt).not.toBeNull();
    // Only the resolution clock counts now.
    expect((await ticketOf(t, id)).slaDueAt).toBe(answered.clocks[1]?.dueAt);

    expect((await t.agent.patch(`/api/tickets/${id}`, { status: 'pending' })).status).toBe(200);
    const pending = await slaOf(t, id);
    expect(pending.clocks[1]).toMatchObject({ metric: 'resolution', state: 'paused', dueAt: null });
    const ticket = await ticketOf(t, id);
    expect(ticket.slaIndicator).toBe('paused');
    expect(ticket.slaDueAt).toBeNull();

    expect((await t.agent.patch(`/api/tickets/${id}`, { status: 'open' })).status).toBe(200);
    expect((await slaOf(t, id)).clocks[1]?.state).toBe('running');
    expect((await t.agent.patch(`/api/tickets/${id}`, { status: 'solved' })).status).toBe(200);
    const done = await slaOf(t, id);
    expect(done.clocks[1]).toMatchObject({ state: 'met' });
    expect((await ticketOf(t, id)).slaIndicator).toBe('none');

    // Reopened, then trashed: the trash removes the clocks; other workspaces cannot read them.
    expect((await t.agent.patch(`/api/tickets/${id}`, { status: 'open' })).status).toBe(200);
    expect((await ticketOf(t, id)).slaIndicator).toBe('ok');
    const trashed = await t.agent.post(`/api/tickets/${id}/trash`, { reason: 'spam' });
    expect(trashed.status, JSON.stringify(trashed.body)).toBe(200);
    expect((await slaOf(t, id)).clocks).toEqual([]);
    const other = await tenant();
    expect((await other.agent.get(`/api/tickets/${id}/sla`)).status).toBe(404);
  });
});

describe('the sla filter and sort', () => {
  it('filters by light and sorts the most overdue first', async () => {
    const t = await tenant();
    await policy(t, {
      name: 'Por prioridad',
      targets: {
        ...sameTargets({ firstResponseMinutes: 600 }),
        high: { firstResponseMinutes: 30, nextResponseMinutes: null, resolutionMinutes: null },
        low: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null },
      },
    });
    const db = server.database.db;
    await createTestTicket(db, t.ws.agent.ctx, { priority: 'high', subject: 'warning' });
    await createTestTicket(db, t.ws.agent.ctx, { priority: 'normal', subject: 'ok' });
    await createTestTicket(db, t.ws.agent.ctx, { priority: 'low', subject: 'none' });
    const late = await createTestTicket(db, t.ws.agent.ctx, { priority: 'high', subject: 'late' });
    // The late ticket arrived two hours ago: its 30-minute first response is overdue.
    await db.execute(
      sql`UPDATE tickets SET created_at = created_at - interval '2 hours' WHERE id = ${late.id}`,
    );
    await db.execute(
      sql`UPDATE ticket_stage_intervals SET started_at = started_at - interval '2 hours' WHERE ticket_id = ${late.id}`,
    );
    await db.transaction((tx) => applySlaToTickets(tx, t.ws.id, [late.id]));

    const subjects = async (query: string) =>
      (await t.agent.get<{ items: Ticket[] }>(`/api/tickets?${query}`)).body.items.map((x) => x.subject);
    expect(await subjects('sla=breached')).toEqual(['late']);
    expect(await subjects('sla=warning')).toEqual(['warning']);
    expect(await subjects('sla=ok')).toEqual(['ok']);
    expect(await subjects('sla=none')).toEqual(['none']);
    expect((await subjects('sla=breached,warning')).sort()).toEqual(['late', 'warning']);
    expect(await subjects('sort=sla_due')).toEqual(['late', 'warning', 'ok', 'none']);

    const [row] = await db.select().from(tickets).where(eq(tickets.id, late.id));
    expect(row?.slaBreachedAt).not.toBeNull();
    const history = await t.agent.get<{ items: PublicEvent[] }>(`/api/tickets/${late.id}/history`);
    const breach = history.body.items.filter((e) => e.type === 'ticket.sla_breached');
    expect(breach).toHaveLength(1);
    expect(breach[0]?.actor).toEqual({ type: 'system', name: 'SLA' });
    expect(breach[0]?.changes[0]).toMatchObject({ field: 'sla.first_response', from: null });
  });
});
