import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { contacts, resolutionReasons, surveyInvitations } from '../db/schema';
import { updateTicket } from '../commands/tickets/update-ticket';
import { trashTicket } from '../commands/tickets/trash-ticket';
import { addMessage } from '../commands/tickets/add-message';
import { mergeTickets } from '../commands/tickets/merge-tickets';
import { updateSurveySettings } from '../commands/surveys/update-survey-settings';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { invitationsOf, solve } from './survey-test-helpers';
import { surveyTriggerOf } from './survey-trigger';

let server: TestServer;
let ws: TestWorkspace;
const db = () => server.database.db;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
});
afterAll(() => server.close());

describe('which events concern surveys (decided without a query)', () => {
  it('schedules on a solve, cancels on a reopen, trash or merge-away, ignores the rest', () => {
    const ticketId = '00000000-0000-4000-8000-000000000001';
    const status = (from: string, to: string) => [{ field: 'status', from, to }];
    expect(surveyTriggerOf({ type: 'ticket.updated', ticketId, changes: status('open', 'solved') })).toBe(
      'schedule',
    );
    expect(surveyTriggerOf({ type: 'ticket.updated', ticketId, changes: status('solved', 'open') })).toBe(
      'cancel',
    );
    expect(surveyTriggerOf({ type: 'ticket.updated', ticketId, changes: status('solved', 'closed') })).toBe(
      null,
    );
    expect(surveyTriggerOf({ type: 'ticket.trashed', ticketId, changes: status('solved', 'trashed') })).toBe(
      'cancel',
    );
    expect(
      surveyTriggerOf({
        type: 'ticket.merged',
        ticketId,
        changes: [{ field: 'mergedInto', from: null, to: 7 }],
      }),
    ).toBe('cancel');
    expect(
      surveyTriggerOf({
        type: 'ticket.updated',
        ticketId,
        changes: [{ field: 'priority', from: 'low', to: 'high' }],
      }),
    ).toBe(null);
    expect(surveyTriggerOf({ type: 'message.created', ticketId, changes: [] })).toBe(null);
    expect(surveyTriggerOf({ type: 'ticket.updated', changes: status('open', 'solved') })).toBe(null);
  });
});

describe('scheduling invitations when tickets are solved', () => {
  it('schedules one invitation for a finalized solve, credited to the assignee and team of the moment', async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx, { assigneeId: ws.agent.id, teamId: ws.teamId });
    await db().update(contacts).set({ locale: 'pt-BR' }).where(eq(contacts.id, ticket.requester.id));
    const before = Date.now();
    await solve(db(), ws.agent.ctx, ticket.id);
    const rows = await invitationsOf(db(), ticket.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      workspaceId: ws.id,
      contactId: ticket.requester.id,
      agentId: ws.agent.id,
      teamId: ws.teamId,
      kinds: ['csat'],
      locale: 'pt-BR',
      sentAt: null,
      cancelledAt: null,
    });
    const scheduled = row?.scheduledFor.getTime() ?? 0;
    expect(scheduled).toBeGreaterThanOrEqual(before + 60 * 60_000 - 1000);
    expect(scheduled).toBeLessThanOrEqual(Date.now() + 60 * 60_000 + 1000);
    expect((row?.expiresAt.getTime() ?? 0) - scheduled).toBe(14 * 86_400_000);
  });

  it('schedules none for a ticket solved as not finalized', async () => {
    const [reason] = await db()
      .select()
      .from(resolutionReasons)
      .where(eq(resolutionReasons.workspaceId, ws.id))
      .limit(1);
    if (!reason) throw new Error('the workspace has no resolution reasons');
    const ticket = await createTestTicket(db(), ws.agent.ctx);
    await updateTicket(db(), ws.agent.ctx, ticket.id, {
      status: 'solved',
      resolution: 'not_finalized',
      resolutionReasonId: reason.id,
    });
    expect(await invitationsOf(db(), ticket.id)).toHaveLength(0);
  });

  it('cancels the pending invitation on a reopen and reuses it on the next solve', async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx, { assigneeId: ws.admin.id });
    await solve(db(), ws.agent.ctx, ticket.id);
    await updateTicket(db(), ws.agent.ctx, ticket.id, { status: 'open' });
    const [cancelled] = await invitationsOf(db(), ticket.id);
    expect(cancelled?.cancelledAt).not.toBeNull();

    await updateTicket(db(), ws.agent.ctx, ticket.id, { assigneeId: ws.agent.id });
    await solve(db(), ws.agent.ctx, ticket.id);
    const rows = await invitationsOf(db(), ticket.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: cancelled?.id, cancelledAt: null, agentId: ws.agent.id });
  });

  it('never sends a second invitation for a ticket whose invitation went out', async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, ticket.id);
    const [first] = await invitationsOf(db(), ticket.id);
    await db()
      .update(surveyInvitations)
      .set({ sentAt: new Date() })
      .where(eq(surveyInvitations.id, first?.id ?? ''));
    await updateTicket(db(), ws.agent.ctx, ticket.id, { status: 'open' });
    await solve(db(), ws.agent.ctx, ticket.id);
    const rows = await invitationsOf(db(), ticket.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cancelledAt).toBeNull();
  });

  it("cancels the pending invitation when the customer's reply reopens the ticket", async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, ticket.id);
    const customer = {
      ...ws.agent.ctx,
      actor: { type: 'contact' as const, id: ticket.requester.id, name: ticket.requester.name },
      agentId: null,
    };
    await addMessage(db(), customer, ticket.id, {
      kind: 'reply',
      bodyText: 'Sigue fallando',
      attachmentIds: [],
    });
    const [row] = await invitationsOf(db(), ticket.id);
    expect(row?.cancelledAt).not.toBeNull();
  });

  it('cancels the pending invitation when the ticket is trashed', async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, ticket.id);
    await trashTicket(db(), ws.agent.ctx, ticket.id, 'spam');
    const [row] = await invitationsOf(db(), ticket.id);
    expect(row?.cancelledAt).not.toBeNull();
  });

  it('cancels the pending invitation of a ticket merged into another', async () => {
    const source = await createTestTicket(db(), ws.agent.ctx);
    const target = await createTestTicket(db(), ws.agent.ctx);
    await solve(db(), ws.agent.ctx, source.id);
    await mergeTickets(db(), ws.agent.ctx, target.id, {
      sourceTicketIds: [source.id],
      notifyRequesters: false,
    });
    const [row] = await invitationsOf(db(), source.id);
    expect(row?.cancelledAt).not.toBeNull();
    expect(await invitationsOf(db(), target.id)).toHaveLength(0);
  });

  it('asks NPS at most once per interval per contact, and nothing when no question is enabled', async () => {
    const local = await createTestWorkspace(db());
    await updateSurveySettings(db(), local.admin.ctx, {
      cesEnabled: true,
      npsEnabled: true,
      npsEveryDays: 30,
    });
    const email = `nps-${local.id}@cliente.example`;
    const first = await createTestTicket(db(), local.agent.ctx, { requester: { email, name: 'Rosa' } });
    const second = await createTestTicket(db(), local.agent.ctx, { requester: { email, name: 'Rosa' } });
    await solve(db(), local.agent.ctx, first.id);
    await solve(db(), local.agent.ctx, second.id);
    expect((await invitationsOf(db(), first.id))[0]?.kinds).toEqual(['csat', 'ces', 'nps']);
    expect((await invitationsOf(db(), second.id))[0]?.kinds).toEqual(['csat', 'ces']);

    // An NPS invitation older than the interval no longer counts.
    await db()
      .update(surveyInvitations)
      .set({ createdAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(and(eq(surveyInvitations.ticketId, first.id)));
    const third = await createTestTicket(db(), local.agent.ctx, { requester: { email, name: 'Rosa' } });
    await solve(db(), local.agent.ctx, third.id);
    expect((await invitationsOf(db(), third.id))[0]?.kinds).toEqual(['csat', 'ces', 'nps']);

    await updateSurveySettings(db(), local.admin.ctx, { csatEnabled: false, cesEnabled: false });
    const fourth = await createTestTicket(db(), local.agent.ctx, { requester: { email, name: 'Rosa' } });
    await solve(db(), local.agent.ctx, fourth.id);
    expect(await invitationsOf(db(), fourth.id)).toHaveLength(0);
  });
});
