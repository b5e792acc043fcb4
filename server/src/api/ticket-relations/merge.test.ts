import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, Ticket, TicketLink } from '@atiende/contracts';
import { ticketFollowers, tickets, workspaces } from '../../db/schema';
import { createContact } from '../../commands/crm/create-contact';
import { AgentClient } from '../../test/http-client';
import type { TestServer } from '../../test/test-server';
import {
  createTenant,
  getTicket,
  historyOf,
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

async function upload(client: AgentClient, name: string): Promise<Attachment> {
  const form = new FormData();
  form.append('file', new Blob(['factura'], { type: 'text/plain' }), name);
  return (await client.request<Attachment>('POST', '/api/attachments', form)).body;
}

async function linksOf(id: string): Promise<TicketLink[]> {
  return (await t.agent.get<{ items: TicketLink[] }>(`/api/tickets/${id}/links`)).body.items;
}

describe('merging tickets', () => {
  it('moves messages, attachments, requesters and tags into the target and closes the sources', async () => {
    const target = await openTicket(t.agent, { subject: 'Cobro doble', tags: ['facturacion'] });
    const s1 = await openTicket(t.agent, { subject: 'Me cobraron dos veces', tags: ['urgente'] });
    const s2 = await openTicket(t.agent, {
      subject: 'Otra vez el cobro',
      requester: { contactId: target.requester.id },
    });
    const file = await upload(t.agent, 'extracto.txt');
    const withFile = await t.agent.post(`/api/tickets/${s1.id}/messages`, {
      kind: 'note',
      bodyText: 'Adjunto el extracto',
      attachmentIds: [file.id],
    });
    expect(withFile.status).toBe(201);
    const follower = await createContact(server.database.db, t.ws.agent.ctx, {
      name: 'Contadora',
      email: `contadora-${s1.id.slice(0, 8)}@cliente.example`,
      phone: null,
      locale: 'es',
      companyId: null,
    });
    await server.database.db
      .insert(ticketFollowers)
      .values({ workspaceId: t.ws.id, ticketId: s1.id, contactId: follower.id });

    const res = await t.agent.post<Ticket>(`/api/tickets/${target.id}/merge`, {
      sourceTicketIds: [s2.id, s1.id],
    });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(target.id);
    expect(res.body.status).not.toBe('closed');
    expect(new Set(res.body.tags)).toEqual(new Set(['facturacion', 'urgente']));

    const merged = await messagesOf(t.agent, target.id);
    // target's first message + s1 (2) + s2 (1) + the note listing what came in
    expect(merged).toHaveLength(5);
    expect(res.body.messageCount).toBe(5);
    expect(res.body.lastMessageAt).toBe(merged[4]?.createdAt);
    expect(merged.map((m) => m.bodyText)).toContain('Adjunto el extracto');
    expect(merged.find((m) => m.bodyText === 'Adjunto el extracto')?.attachments[0]?.id).toBe(file.id);
    const note = merged[4];
    expect(note).toMatchObject({ kind: 'note', author: { type: 'system' } });
    expect(note?.bodyText).toContain(`#${s1.number}, #${s2.number}`);

    // s1 was opened by the agent's note; s2 was still new.
    const before = new Map([
      [s1.id, 'open'],
      [s2.id, 'new'],
    ]);
    for (const source of [s1, s2]) {
      const closed = await getTicket(t.agent, source.id);
      expect(closed).toMatchObject({ status: 'closed', resolution: 'finalized', messageCount: 1 });
      expect(closed.closedAt).not.toBeNull();
      const left = await messagesOf(t.agent, source.id);
      expect(left).toHaveLength(1);
      expect(left[0]).toMatchObject({ kind: 'note', author: { type: 'system' } });
      expect(left[0]?.bodyText).toContain(`#${target.number}`);
      expect(await linksOf(source.id)).toEqual([
        expect.objectContaining({
          kind: 'merged_into',
          direction: 'outgoing',
          ticket: expect.objectContaining({ id: target.id }) as unknown,
        }),
      ]);
      const history = await historyOf(t.agent, source.id);
      expect(history.find((e) => e.type === 'ticket.merged')?.changes).toEqual([
        { field: 'mergedInto', from: null, to: target.number },
      ]);
      const closing = history.filter((e) => e.type === 'ticket.updated').flatMap((e) => e.changes);
      expect(closing).toContainEqual({ field: 'status', from: before.get(source.id), to: 'closed' });
    }
    const incoming = await linksOf(target.id);
    expect(incoming.map((l) => [l.kind, l.direction, l.ticket.id]).sort()).toEqual(
      [
        ['merged_into', 'incoming', s1.id],
        ['merged_into', 'incoming', s2.id],
      ].sort(),
    );
    const targetHistory = await historyOf(t.agent, target.id);
    expect(targetHistory.find((e) => e.type === 'ticket.merged')?.changes).toEqual([
      { field: 'merged', from: null, to: [s1.number, s2.number] },
    ]);

    // s1's requester and follower follow the target; the target's own requester (s2's) does not.
    const followers = await server.database.db
      .select({ contactId: ticketFollowers.contactId })
      .from(ticketFollowers)
      .where(eq(ticketFollowers.ticketId, target.id));
    expect(followers.map((f) => f.contactId).sort()).toEqual([s1.requester.id, follower.id].sort());
    expect(await outboxOf(server, [target.id, s1.id, s2.id])).toEqual([]);
  });

  it('sends each customer one notice, by email, in the workspace language, only when asked', async () => {
    const en = await createTenant(server);
    await server.database.db
      .update(workspaces)
      .set({ defaultLocale: 'en' })
      .where(eq(workspaces.id, en.ws.id));
    const target = await openTicket(en.agent);
    const other = await openTicket(en.agent);
    const sameRequester = await openTicket(en.agent, { requester: { contactId: target.requester.id } });
    const res = await en.agent.post<Ticket>(`/api/tickets/${target.id}/merge`, {
      sourceTicketIds: [other.id, sameRequester.id],
      notifyRequesters: true,
    });
    expect(res.status).toBe(200);

    const outbox = await outboxOf(server, [target.id, other.id, sameRequester.id]);
    expect(outbox.map((o) => [o.ticketId, o.to])).toEqual([
      [other.id, [other.requester.email]],
      [target.id, [target.requester.email]],
    ]);
    // The source's customer now follows the target, so the target's notice copies them.
    expect(outbox[1]?.cc).toEqual([other.requester.email]);
    const sourceNotice = (await messagesOf(en.agent, other.id)).find((m) => m.kind === 'reply');
    expect(sourceNotice?.bodyText).toContain(
      `We merged your request #${other.number} into ticket #${target.number}`,
    );
    expect(outbox[0]?.messageId).toBe(sourceNotice?.id);
    const targetNotice = (await messagesOf(en.agent, target.id)).at(-1);
    expect(targetNotice).toMatchObject({ kind: 'reply', author: { type: 'agent' } });
    expect(targetNotice?.bodyText).toContain(`#${other.number}, #${sameRequester.number}`);
    expect((await getTicket(en.agent, other.id)).status).toBe('closed');
  });

  it('refuses a closed or trashed target, merged or trashed sources, and itself, changing nothing', async () => {
    const target = await openTicket(t.agent);
    const source = await openTicket(t.agent);
    const self = await t.agent.post<ErrorRes>(`/api/tickets/${target.id}/merge`, {
      sourceTicketIds: [source.id, target.id],
    });
    expect(self.status).toBe(400);
    expect(self.body.error.issues?.[0]?.path).toBe('sourceTicketIds');

    const trashed = await openTicket(t.agent);
    await server.database.db.update(tickets).set({ status: 'trashed' }).where(eq(tickets.id, trashed.id));
    const withTrashed = await t.agent.post<ErrorRes>(`/api/tickets/${target.id}/merge`, {
      sourceTicketIds: [source.id, trashed.id],
    });
    expect(withTrashed.status).toBe(409);
    expect(withTrashed.body.error.message).toContain(`#${trashed.number}`);
    expect(await messagesOf(t.agent, source.id)).toHaveLength(1);
    expect((await getTicket(t.agent, source.id)).status).toBe('new');

    const closed = await openTicket(t.agent);
    await server.database.db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, closed.id));
    const intoClosed = await t.agent.post<ErrorRes>(`/api/tickets/${closed.id}/merge`, {
      sourceTicketIds: [source.id],
    });
    expect(intoClosed.status).toBe(409);
    expect(intoClosed.body.error.code).toBe('conflict');

    expect(
      (await t.agent.post(`/api/tickets/${target.id}/merge`, { sourceTicketIds: [source.id] })).status,
    ).toBe(200);
    const other = await openTicket(t.agent);
    const again = await t.agent.post<ErrorRes>(`/api/tickets/${other.id}/merge`, {
      sourceTicketIds: [source.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(`#${source.number} was already merged into #${target.number}`);
    const intoMerged = await t.agent.post<ErrorRes>(`/api/tickets/${source.id}/merge`, {
      sourceTicketIds: [other.id],
    });
    expect(intoMerged.status).toBe(409);
    expect(intoMerged.body.error.message).toContain('already merged');
    expect(await messagesOf(t.agent, other.id)).toHaveLength(1);

    // The merge link is a record: it cannot be removed by hand.
    const link = (await linksOf(source.id))[0];
    const unlink = await t.agent.request('DELETE', `/api/tickets/${source.id}/links/${link?.id ?? ''}`);
    expect(unlink.status).toBe(409);
  });

  it("hands a source's incidents to the target, and its problem when the source was an incident", async () => {
    const target = await openTicket(t.agent);
    const sourceProblem = await openTicket(t.agent);
    const incident = await openTicket(t.agent);
    const problem = await openTicket(t.agent);
    const sourceIncident = await openTicket(t.agent);
    const link = (from: string, to: string) =>
      t.agent.post(`/api/tickets/${from}/links`, { targetTicketId: to, kind: 'incident' });
    expect((await link(incident.id, sourceProblem.id)).status).toBe(201);
    expect((await link(sourceIncident.id, problem.id)).status).toBe(201);

    expect(
      (await t.agent.post(`/api/tickets/${target.id}/merge`, { sourceTicketIds: [sourceProblem.id] })).status,
    ).toBe(200);
    expect((await linksOf(incident.id)).map((l) => [l.kind, l.direction, l.ticket.id])).toEqual([
      ['incident', 'outgoing', target.id],
    ]);
    const incidentHistory = await historyOf(t.agent, incident.id);
    expect(incidentHistory.filter((e) => e.type === 'ticket.linked')).toHaveLength(2);

    // The target is a problem now: it cannot also become an incident, so that link stays put.
    expect(
      (await t.agent.post(`/api/tickets/${target.id}/merge`, { sourceTicketIds: [sourceIncident.id] }))
        .status,
    ).toBe(200);
    expect((await linksOf(problem.id)).map((l) => l.ticket.id)).toEqual([sourceIncident.id]);

    const plain = await openTicket(t.agent);
    const otherIncident = await openTicket(t.agent);
    expect((await link(otherIncident.id, problem.id)).status).toBe(201);
    expect(
      (await t.agent.post(`/api/tickets/${plain.id}/merge`, { sourceTicketIds: [otherIncident.id] })).status,
    ).toBe(200);
    expect((await linksOf(plain.id)).filter((l) => l.kind === 'incident')).toEqual([
      expect.objectContaining({
        direction: 'outgoing',
        ticket: expect.objectContaining({ id: problem.id }) as unknown,
      }),
    ]);
  });

  it('lets exactly one of two crossing merges win, without deadlocking', async () => {
    const a = await openTicket(t.agent);
    const b = await openTicket(t.agent);
    const results = await Promise.all([
      t.agent.post(`/api/tickets/${a.id}/merge`, { sourceTicketIds: [b.id] }),
      t.agent.post(`/api/tickets/${b.id}/merge`, { sourceTicketIds: [a.id] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const statuses = [(await getTicket(t.agent, a.id)).status, (await getTicket(t.agent, b.id)).status];
    expect(statuses.filter((s) => s === 'closed')).toHaveLength(1);
  });

  it("answers 404 for another workspace's tickets, in the URL or the body, and 401 signed out", async () => {
    const other = await createTenant(server);
    const foreign = await openTicket(other.agent);
    const mine = await openTicket(t.agent);
    const source = await openTicket(t.agent);
    const foreignSource = await t.agent.post<ErrorRes>(`/api/tickets/${mine.id}/merge`, {
      sourceTicketIds: [source.id, foreign.id],
    });
    expect(foreignSource.status).toBe(404);
    const foreignTarget = await t.agent.post(`/api/tickets/${foreign.id}/merge`, {
      sourceTicketIds: [source.id],
    });
    expect(foreignTarget.status).toBe(404);
    expect(await messagesOf(other.agent, foreign.id)).toHaveLength(1);
    expect(await messagesOf(t.agent, source.id)).toHaveLength(1);
    expect((await getTicket(t.agent, source.id)).status).toBe('new');

    const anonymous = new AgentClient(server.url);
    expect(
      (await anonymous.post(`/api/tickets/${mine.id}/merge`, { sourceTicketIds: [source.id] })).status,
    ).toBe(401);
  });
});
