import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketLink } from '@atiende/contracts';
import { tickets } from '../../db/schema';
import type { TestServer } from '../../test/test-server';
import {
  createTenant,
  historyOf,
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

async function linksOf(id: string): Promise<TicketLink[]> {
  return (await t.agent.get<{ items: TicketLink[] }>(`/api/tickets/${id}/links`)).body.items;
}

function link(from: string, to: string, kind: 'related' | 'incident') {
  return t.agent.post<TicketLink & ErrorRes>(`/api/tickets/${from}/links`, { targetTicketId: to, kind });
}

describe('related links', () => {
  it('shows a link from both ends, refuses duplicates either way, and removes it from either end', async () => {
    const a = await openTicket(t.agent);
    const b = await openTicket(t.agent, { subject: 'Relacionado' });
    const created = await link(a.id, b.id, 'related');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'related',
      direction: 'outgoing',
      ticket: { id: b.id, number: b.number, subject: 'Relacionado', status: 'new' },
    });
    expect(await linksOf(a.id)).toEqual([created.body]);
    expect(await linksOf(b.id)).toEqual([
      {
        ...created.body,
        direction: 'incoming',
        ticket: { id: a.id, number: a.number, subject: a.subject, status: 'new' },
      },
    ]);

    expect((await link(a.id, b.id, 'related')).status).toBe(409);
    expect((await link(b.id, a.id, 'related')).status).toBe(409);
    expect((await link(b.id, a.id, 'incident')).status).toBe(409);

    const removed = await t.agent.request('DELETE', `/api/tickets/${b.id}/links/${created.body.id}`);
    expect(removed.status).toBe(204);
    expect(await linksOf(a.id)).toEqual([]);
    expect(await linksOf(b.id)).toEqual([]);
    for (const [ticket, direction, other] of [
      [a, 'outgoing', b],
      [b, 'incoming', a],
    ] as const) {
      const history = await historyOf(t.agent, ticket.id);
      const linked = history.find((e) => e.type === 'ticket.linked');
      expect(linked?.changes).toEqual([
        {
          field: 'link',
          from: null,
          to: {
            kind: 'related',
            direction,
            ticket: { id: other.id, number: other.number, subject: other.subject },
          },
        },
      ]);
      expect(history.some((e) => e.type === 'ticket.unlinked')).toBe(true);
    }
    expect((await t.agent.request('DELETE', `/api/tickets/${b.id}/links/${created.body.id}`)).status).toBe(
      404,
    );
  });

  it('refuses self links, trashed tickets, unknown and foreign tickets', async () => {
    const a = await openTicket(t.agent);
    const self = await link(a.id, a.id, 'related');
    expect(self.status).toBe(400);
    expect(self.body.error.issues?.[0]?.path).toBe('targetTicketId');

    const trashed = await openTicket(t.agent);
    await server.database.db.update(tickets).set({ status: 'trashed' }).where(eq(tickets.id, trashed.id));
    expect((await link(a.id, trashed.id, 'related')).status).toBe(409);

    const other = await createTenant(server);
    const foreign = await openTicket(other.agent);
    expect((await link(a.id, foreign.id, 'related')).status).toBe(404);
    expect((await other.agent.get(`/api/tickets/${a.id}/links`)).status).toBe(404);
    expect(await linksOf(a.id)).toEqual([]);

    // A link of this workspace, removed through a ticket that is not one of its ends.
    const b = await openTicket(t.agent);
    const c = await openTicket(t.agent);
    const ab = await link(a.id, b.id, 'related');
    expect((await t.agent.request('DELETE', `/api/tickets/${c.id}/links/${ab.body.id}`)).status).toBe(404);
    expect((await other.agent.request('DELETE', `/api/tickets/${a.id}/links/${ab.body.id}`)).status).toBe(
      404,
    );
    expect(await linksOf(a.id)).toHaveLength(1);
  });
});

describe('problems and incidents', () => {
  it('links incidents to one problem, one level deep', async () => {
    const problem = await openTicket(t.agent, { subject: 'Caída del servicio' });
    const incident = await openTicket(t.agent);
    const created = await link(incident.id, problem.id, 'incident');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'incident',
      direction: 'outgoing',
      ticket: { id: problem.id },
    });
    expect(await linksOf(problem.id)).toEqual([
      expect.objectContaining({
        kind: 'incident',
        direction: 'incoming',
        ticket: expect.objectContaining({ id: incident.id }) as unknown,
      }),
    ]);

    const otherProblem = await openTicket(t.agent);
    const second = await link(incident.id, otherProblem.id, 'incident');
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain(`already an incident of #${problem.number}`);
    // A problem with incidents cannot become an incident; an incident cannot become a problem.
    expect((await link(problem.id, otherProblem.id, 'incident')).status).toBe(409);
    const third = await openTicket(t.agent);
    const underIncident = await link(third.id, incident.id, 'incident');
    expect(underIncident.status).toBe(409);
    expect(underIncident.body.error.message).toContain(`#${problem.number}`);
    expect(await linksOf(otherProblem.id)).toEqual([]);
    expect(await linksOf(third.id)).toEqual([]);
  });
});
