import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BulkOperation, Ticket } from '@atiende/contracts';
import { runBulkOperation } from '../../commands/bulk/run-bulk-operation';
import { updateTicket } from '../../commands/tickets/update-ticket';
import { bulkOperations, events, tickets } from '../../db/schema';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import type { TestServer } from '../../test/test-server';
import { startTestServerWithWorker, type TestServerWithWorker } from '../../test/test-server-with-worker';
import { addCustomField, type ErrorRes } from './test-support';

let server: TestServer;
let worker: TestServerWithWorker;

beforeAll(async () => {
  worker = await startTestServerWithWorker();
  server = worker.server;
});
afterAll(() => worker.close());

interface Fixture {
  ws: TestWorkspace;
  client: AgentClient;
  make: (count: number, overrides?: Parameters<typeof createTestTicket>[2]) => Promise<Ticket[]>;
}

async function fixture(): Promise<Fixture> {
  const db = server.database.db;
  const ws = await createTestWorkspace(db);
  return {
    ws,
    client: await signedIn(server.url, ws.agent),
    make: async (count, overrides = {}) => {
      const made: Ticket[] = [];
      for (let i = 0; i < count; i++) {
        made.push(await createTestTicket(db, ws.agent.ctx, { subject: `Ticket ${String(i)}`, ...overrides }));
      }
      return made;
    },
  };
}

/** Polls the operation like the UI does, keeping every progress value seen, until it ends. */
async function untilDone(client: AgentClient, id: string) {
  const seen: number[] = [];
  for (let i = 0; i < 1500; i++) {
    const res = await client.get<BulkOperation>(`/api/bulk-operations/${id}`);
    expect(res.status).toBe(200);
    seen.push(res.body.done + res.body.failed);
    if (res.body.state === 'finished' || res.body.state === 'failed') return { op: res.body, seen };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('bulk operation did not finish');
}

async function start(client: AgentClient, body: object): Promise<BulkOperation> {
  const res = await client.post<BulkOperation>('/api/tickets/bulk', body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body;
}

const rowsOf = (ids: string[]) =>
  server.database.db
    .select({ id: tickets.id, status: tickets.status, tags: tickets.tags, assignee: tickets.assigneeAgentId })
    .from(tickets)
    .where(inArray(tickets.id, ids));

describe('starting a bulk action', () => {
  it('validates the selection and the action up front', async () => {
    const f = await fixture();
    const [ticket] = await f.make(1);
    const ids = Array.from({ length: 1001 }, () => randomUUID());
    const tooMany = await f.client.post<ErrorRes>('/api/tickets/bulk', {
      ticketIds: ids,
      action: { type: 'priority', priority: 'high' },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues?.[0]?.path).toBe('ticketIds');
    const cases: [object, string][] = [
      [{ type: 'assign' }, 'action'],
      [{ type: 'assign', assigneeId: randomUUID() }, 'action.assigneeId'],
      [{ type: 'status', status: 'solved', resolution: 'not_finalized' }, 'action.resolutionReasonId'],
      [{ type: 'tags', add: [], remove: [] }, 'action'],
      [{ type: 'merge', targetTicketId: randomUUID() }, 'action.targetTicketId'],
      [{ type: 'merge', targetTicketId: ticket?.id }, 'ticketIds'],
    ];
    for (const [action, field] of cases) {
      const res = await f.client.post<ErrorRes>('/api/tickets/bulk', { ticketIds: [ticket?.id], action });
      expect(res.status, JSON.stringify(action)).toBe(400);
      expect(res.body.error.issues?.[0]?.path).toBe(field);
    }
    const count = await server.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bulkOperations)
      .where(eq(bulkOperations.workspaceId, f.ws.id));
    expect(count[0]?.n).toBe(0);
  });
});

describe('running a bulk action', () => {
  it('assigns 60 tickets with visible progress; other workspaces’ ids fail as not found, untouched', async () => {
    const f = await fixture();
    const mine = await f.make(60);
    const other = await createTestWorkspace(server.database.db);
    const foreign: Ticket[] = [];
    for (let i = 0; i < 3; i++) foreign.push(await createTestTicket(server.database.db, other.agent.ctx));
    const ids = [...mine.map((t) => t.id), ...foreign.map((t) => t.id)];

    const queued = await start(f.client, {
      ticketIds: [...ids, mine[0]?.id],
      action: { type: 'assign', assigneeId: f.ws.agent.id, teamId: f.ws.teamId },
    });
    expect(queued).toMatchObject({ state: 'queued', total: 63, done: 0, failed: 0, errors: [] });
    const { op, seen } = await untilDone(f.client, queued.id);
    expect(op).toMatchObject({ state: 'finished', total: 63, done: 60, failed: 3 });
    expect(op.finishedAt).not.toBeNull();
    expect(op.errors).toEqual(foreign.map((t) => ({ ticketId: t.id, message: 'Ticket not found' })));
    expect(seen.some((n) => n > 0 && n < 63)).toBe(true);

    const after = await rowsOf(ids);
    expect(after.filter((r) => r.assignee === f.ws.agent.id)).toHaveLength(60);
    expect(after.filter((r) => foreign.some((t) => t.id === r.id)).map((r) => r.assignee)).toEqual([
      null,
      null,
      null,
    ]);
    const recorded = await server.database.db
      .select({ actor: events.actor })
      .from(events)
      .where(and(eq(events.workspaceId, f.ws.id), eq(events.type, 'ticket.updated')));
    expect(recorded).toHaveLength(60);
    expect(recorded[0]?.actor).toMatchObject({ type: 'agent', id: f.ws.agent.id });

    // Running it again (a retry, a duplicate job) changes nothing.
    const eventCount = async () =>
      (
        await server.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(events)
          .where(eq(events.workspaceId, f.ws.id))
      )[0]?.n;
    const before = await eventCount();
    await runBulkOperation(server.database.db, queued.id, { jobs: worker.runner.jobs, lastAttempt: true });
    expect(await eventCount()).toBe(before);

    const outsider = await signedIn(server.url, other.agent);
    expect((await outsider.get(`/api/bulk-operations/${queued.id}`)).status).toBe(404);
  });

  it('adds and removes tags, keeping the others, and lists tickets a rule refuses', async () => {
    const f = await fixture();
    const cause = await addCustomField(server.database.db, f.ws.id, {
      name: 'Causa raíz',
      kind: 'text',
      requiredOnSolve: true,
    });
    const batch = await f.make(30, { tags: ['viejo', 'conservar'] });
    const ids = batch.map((t) => t.id);
    const tagged = await untilDone(
      f.client,
      (await start(f.client, { ticketIds: ids, action: { type: 'tags', add: ['Nuevo'], remove: ['viejo'] } }))
        .id,
    );
    expect(tagged.op).toMatchObject({ state: 'finished', done: 30, failed: 0 });
    expect((await rowsOf(ids)).map((r) => r.tags)).toEqual(
      Array.from({ length: 30 }, () => ['conservar', 'nuevo']),
    );

    const ready = ids.slice(0, 10);
    for (const id of ready)
      await updateTicket(server.database.db, f.ws.agent.ctx, id, { customFields: { [cause]: 'x' } });
    const solving = await untilDone(
      f.client,
      (await start(f.client, { ticketIds: ids, action: { type: 'status', status: 'solved' } })).id,
    );
    expect(solving.op).toMatchObject({ state: 'finished', total: 30, done: 10, failed: 20 });
    expect(solving.op.errors.map((e) => e.ticketId)).toEqual(ids.slice(10));
    expect(solving.op.errors[0]?.message).toContain('Causa raíz');
    const rows = await rowsOf(ids);
    expect(
      rows
        .filter((r) => r.status === 'solved')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ready].sort());
  });

  it('merges into a target and trashes through the real commands', async () => {
    const f = await fixture();
    const [target, ...sources] = await f.make(4);
    if (!target) throw new Error('no target');
    const merged = await untilDone(
      f.client,
      (
        await start(f.client, {
          ticketIds: [target.id, ...sources.map((s) => s.id)],
          action: { type: 'merge', targetTicketId: target.id },
        })
      ).id,
    );
    expect(merged.op).toMatchObject({ state: 'finished', total: 3, done: 3, failed: 0 });
    expect((await rowsOf(sources.map((s) => s.id))).map((r) => r.status)).toEqual([
      'closed',
      'closed',
      'closed',
    ]);
    expect((await rowsOf([target.id]))[0]?.status).not.toBe('closed');

    const spam = await f.make(2);
    const trashed = await untilDone(
      f.client,
      (await start(f.client, { ticketIds: spam.map((t) => t.id), action: { type: 'trash', reason: 'spam' } }))
        .id,
    );
    expect(trashed.op).toMatchObject({ done: 2, failed: 0 });
    expect((await rowsOf(spam.map((t) => t.id))).map((r) => r.status)).toEqual(['trashed', 'trashed']);
  });

  it('resumes after the last processed ticket', async () => {
    const f = await fixture();
    const batch = await f.make(4);
    const ids = batch.map((t) => t.id);
    // As if a crashed run had already handled the first two.
    const [row] = await server.database.db
      .insert(bulkOperations)
      .values({
        workspaceId: f.ws.id,
        agentId: f.ws.agent.id,
        action: { type: 'priority', priority: 'critical' },
        ticketIds: ids,
        total: 4,
        done: 2,
        state: 'running',
      })
      .returning();
    if (!row) throw new Error('insert failed');
    await runBulkOperation(server.database.db, row.id, { jobs: worker.runner.jobs, lastAttempt: false });
    const priorities = await server.database.db
      .select({ id: tickets.id, priority: tickets.priority })
      .from(tickets)
      .where(inArray(tickets.id, ids));
    const byId = new Map(priorities.map((p) => [p.id, p.priority]));
    expect(ids.map((id) => byId.get(id))).toEqual(['normal', 'normal', 'critical', 'critical']);
    const [done] = await server.database.db
      .select()
      .from(bulkOperations)
      .where(eq(bulkOperations.id, row.id));
    expect(done).toMatchObject({ state: 'finished', done: 4, failed: 0 });
  });
});
