import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SolveProblemResult, Ticket } from '@atiende/contracts';
import { customFields, tickets } from '../../db/schema';
import { AgentClient } from '../../test/http-client';
import type { TestServer } from '../../test/test-server';
import {
  createTenant,
  getTicket,
  messagesOf,
  openTicket,
  outboxOf,
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

async function incidentOf(problem: Ticket): Promise<Ticket> {
  const incident = await openTicket(t.agent);
  const res = await t.agent.post(`/api/tickets/${incident.id}/links`, {
    targetTicketId: problem.id,
    kind: 'incident',
  });
  expect(res.status).toBe(201);
  return incident;
}

const BODY = 'Restablecimos el servicio de facturación. Gracias por la paciencia.';

describe('solving a problem with its incidents', () => {
  it('solves the problem and its open incidents with one reply to each requester', async () => {
    const problem = await openTicket(t.agent, { subject: 'Caída de facturación' });
    const first = await incidentOf(problem);
    const second = await incidentOf(problem);
    const alreadySolved = await incidentOf(problem);
    expect((await t.agent.patch(`/api/tickets/${alreadySolved.id}`, { status: 'solved' })).status).toBe(200);
    const unrelated = await openTicket(t.agent);

    const res = await t.agent.post<SolveProblemResult>(`/api/tickets/${problem.id}/solve-incidents`, {
      bodyText: BODY,
    });
    expect(res.status).toBe(200);
    expect(res.body.solvedIncidents).toBe(2);
    expect(res.body.failedIncidents).toEqual([]);

    for (const ticket of [problem, first, second]) {
      expect(await getTicket(t.agent, ticket.id)).toMatchObject({
        status: 'solved',
        resolution: 'finalized',
      });
      const replies = (await messagesOf(t.agent, ticket.id)).filter((m) => m.bodyText === BODY);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({ kind: 'reply', author: { type: 'agent', id: t.ws.agent.id } });
    }
    expect((await messagesOf(t.agent, alreadySolved.id)).some((m) => m.bodyText === BODY)).toBe(false);
    expect((await getTicket(t.agent, unrelated.id)).status).toBe('new');

    const outbox = await outboxOf(server, [problem.id, first.id, second.id, alreadySolved.id]);
    expect(outbox.map((o) => [o.ticketId, o.to]).sort()).toEqual(
      [
        [problem.id, [problem.requester.email]],
        [first.id, [first.requester.email]],
        [second.id, [second.requester.email]],
      ].sort(),
    );
  });

  it('keeps going past an incident a rule keeps open, and reports it', async () => {
    const local = await createTenant(server);
    const [field] = await server.database.db
      .insert(customFields)
      .values({ workspaceId: local.ws.id, name: 'Causa raíz', kind: 'text', requiredOnSolve: true })
      .returning();
    if (!field) throw new Error('field insert failed');
    const withCause = async () => {
      const ticket = await openTicket(local.agent);
      const res = await local.agent.patch(`/api/tickets/${ticket.id}`, {
        customFields: { [field.id]: 'Disco lleno' },
      });
      expect(res.status).toBe(200);
      return ticket;
    };
    const problem = await withCause();
    const ok = await withCause();
    const stuck = await openTicket(local.agent);
    for (const incident of [ok, stuck]) {
      const linked = await local.agent.post(`/api/tickets/${incident.id}/links`, {
        targetTicketId: problem.id,
        kind: 'incident',
      });
      expect(linked.status).toBe(201);
    }
    const res = await local.agent.post<SolveProblemResult>(`/api/tickets/${problem.id}/solve-incidents`, {
      bodyText: BODY,
    });
    expect(res.status).toBe(200);
    expect(res.body.solvedIncidents).toBe(1);
    expect(res.body.failedIncidents).toEqual([
      {
        ticket: expect.objectContaining({ id: stuck.id }) as unknown,
        message: expect.stringContaining('Causa raíz') as unknown,
      },
    ]);
    expect((await getTicket(local.agent, ok.id)).status).toBe('solved');
    // The reply and the solve are one transaction: the stuck incident got neither.
    expect((await getTicket(local.agent, stuck.id)).status).toBe('new');
    expect((await messagesOf(local.agent, stuck.id)).some((m) => m.bodyText === BODY)).toBe(false);
    expect(await outboxOf(server, [stuck.id])).toEqual([]);
  });

  it('refuses a closed problem and foreign or signed-out callers', async () => {
    const problem = await openTicket(t.agent);
    const incident = await incidentOf(problem);
    await server.database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, problem.id));
    const closed = await t.agent.post<ErrorRes>(`/api/tickets/${problem.id}/solve-incidents`, {
      bodyText: BODY,
    });
    expect(closed.status).toBe(409);

    const open = await openTicket(t.agent);
    const other = await createTenant(server);
    expect(
      (await other.agent.post(`/api/tickets/${open.id}/solve-incidents`, { bodyText: BODY })).status,
    ).toBe(404);
    const anonymous = new AgentClient(server.url);
    expect((await anonymous.post(`/api/tickets/${open.id}/solve-incidents`, { bodyText: BODY })).status).toBe(
      401,
    );
    const empty = await t.agent.post<ErrorRes>(`/api/tickets/${open.id}/solve-incidents`, { bodyText: ' ' });
    expect(empty.status).toBe(400);
    for (const id of [open.id, incident.id]) expect((await getTicket(t.agent, id)).status).toBe('new');
  });
});
