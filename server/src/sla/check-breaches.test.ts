import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Ticket } from '@atiende/contracts';
import { events, slaPolicies, ticketSlaClocks, tickets } from '../db/schema';
import { updateTicket } from '../commands/tickets/update-ticket';
import { createTestTicket, createTestWorkspace } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { applySlaToTickets } from './apply-sla';
import { checkSlaBreaches } from './check-breaches';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const off = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };
const normal = { firstResponseMinutes: 30, nextResponseMinutes: null, resolutionMinutes: 120 };

/** A workspace whose one policy gives normal tickets 30 min to first response and 2 h to resolution. */
async function workspaceWithPolicy() {
  const db = server.database.db;
  const ws = await createTestWorkspace(db);
  await db.insert(slaPolicies).values({
    workspaceId: ws.id,
    name: 'Estándar',
    position: 0,
    conditions: { priorities: [], types: [], channels: [], teamIds: [], companyIds: [], tags: [] },
    targets: { critical: off, high: off, normal, low: off },
  });
  return ws;
}

const clocksOf = (ticketId: string) =>
  server.database.db.select().from(ticketSlaClocks).where(eq(ticketSlaClocks.ticketId, ticketId));
const breachEvents = (ticketId: string) =>
  server.database.db
    .select()
    .from(events)
    .where(and(eq(events.ticketId, ticketId), eq(events.type, 'ticket.sla_breached')));

describe('the breach job', () => {
  it('marks running clocks past due as breached once, with one event per ticket', async () => {
    const ws = await workspaceWithPolicy();
    const ticket: Ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const created = Date.parse(ticket.createdAt);
    expect((await clocksOf(ticket.id)).map((c) => c.state)).toEqual(['running', 'running']);

    const scope = { workspaceIds: [ws.id] };
    expect(
      await checkSlaBreaches(server.database.db, { ...scope, now: new Date(created + 29 * 60_000) }),
    ).toBe(0);
    const later = new Date(created + 3 * 3600_000);
    expect(await checkSlaBreaches(server.database.db, { ...scope, now: later })).toBe(2);
    const clocks = await clocksOf(ticket.id);
    expect(clocks.map((c) => [c.metric, c.state, c.breachedAt?.getTime()]).sort()).toEqual([
      ['first_response', 'breached', created + 30 * 60_000],
      ['resolution', 'breached', created + 120 * 60_000],
    ]);
    const [row] = await server.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.slaBreachedAt?.getTime()).toBe(created + 30 * 60_000);

    const reported = await breachEvents(ticket.id);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.actor).toEqual({ type: 'system', name: 'SLA' });
    expect(reported[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'sla.first_response', from: null, to: new Date(created + 30 * 60_000).toISOString() },
        { field: 'sla.resolution', from: null, to: new Date(created + 120 * 60_000).toISOString() },
      ]),
    );
    // Idempotent: nothing is running past due any more; a recompute agrees and reports nothing new.
    expect(await checkSlaBreaches(server.database.db, { ...scope, now: later })).toBe(0);
    await server.database.db.transaction((tx) => applySlaToTickets(tx, ws.id, [ticket.id], later));
    expect(await breachEvents(ticket.id)).toHaveLength(1);
  });

  it('a recompute that finds a clock past due reports it itself, and the job does not repeat it', async () => {
    const ws = await workspaceWithPolicy();
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const later = new Date(Date.parse(ticket.createdAt) + 45 * 60_000);
    await server.database.db.transaction((tx) => applySlaToTickets(tx, ws.id, [ticket.id], later));
    const clocks = await clocksOf(ticket.id);
    expect(clocks.find((c) => c.metric === 'first_response')?.state).toBe('breached');
    expect(clocks.find((c) => c.metric === 'resolution')?.state).toBe('running');
    expect(await breachEvents(ticket.id)).toHaveLength(1);
    expect(await checkSlaBreaches(server.database.db, { workspaceIds: [ws.id], now: later })).toBe(0);
    expect(await breachEvents(ticket.id)).toHaveLength(1);
  });

  it('leaves other workspaces alone when scoped, and a trashed ticket loses its clocks', async () => {
    const ws = await workspaceWithPolicy();
    const other = await workspaceWithPolicy();
    const ticket = await createTestTicket(server.database.db, other.agent.ctx);
    const later = new Date(Date.parse(ticket.createdAt) + 3 * 3600_000);
    expect(await checkSlaBreaches(server.database.db, { workspaceIds: [ws.id], now: later })).toBe(0);
    expect((await clocksOf(ticket.id)).every((c) => c.state === 'running')).toBe(true);

    await server.database.db.update(tickets).set({ status: 'trashed' }).where(eq(tickets.id, ticket.id));
    await server.database.db.transaction((tx) => applySlaToTickets(tx, other.id, [ticket.id]));
    expect(await clocksOf(ticket.id)).toEqual([]);
    const [row] = await server.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ slaDueAt: null, slaPaused: false });
  });
});

describe('solved tickets', () => {
  it('keep their stopped clocks as history through later events and policy changes', async () => {
    const db = server.database.db;
    const ws = await workspaceWithPolicy();
    const ticket = await createTestTicket(db, ws.agent.ctx);
    const reopened = await createTestTicket(db, ws.agent.ctx);
    await updateTicket(db, ws.agent.ctx, ticket.id, { status: 'solved' });
    await updateTicket(db, ws.agent.ctx, reopened.id, { status: 'solved' });
    const solved = await clocksOf(ticket.id);
    expect(solved.map((c) => [c.metric, c.state]).sort()).toEqual([
      ['first_response', 'met'],
      ['resolution', 'met'],
    ]);
    await db.delete(slaPolicies).where(eq(slaPolicies.workspaceId, ws.id));
    await updateTicket(db, ws.agent.ctx, ticket.id, { tags: ['facturacion'] });
    await updateTicket(db, ws.agent.ctx, ticket.id, { status: 'closed' });
    const after = await clocksOf(ticket.id);
    expect(after.map((c) => [c.metric, c.state, c.stoppedAt?.getTime()]).sort()).toEqual(
      solved.map((c) => [c.metric, c.state, c.stoppedAt?.getTime()]).sort(),
    );
    // Reopening makes a ticket live again: no policy matches any more, so it has no clocks.
    expect(await clocksOf(reopened.id)).toHaveLength(2);
    await updateTicket(db, ws.agent.ctx, reopened.id, { status: 'open' });
    expect(await clocksOf(reopened.id)).toEqual([]);
  });
});
