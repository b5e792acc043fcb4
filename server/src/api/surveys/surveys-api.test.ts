import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyResponsePage, SurveySettings, SurveySummary, TicketSurvey } from '@atiende/contracts';
import { updateSurveySettings } from '../../commands/surveys/update-survey-settings';
import { events } from '../../db/schema';
import { issueTestLink, postSurveyForm, solve } from '../../surveys/survey-test-helpers';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let agent: AgentClient;
const db = () => server.database.db;

interface ErrorRes {
  error: { code: string; issues?: { path: string }[] };
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

/** A solved ticket of `owner` credited to `assigneeId`, answered through the public page. */
async function answered(
  owner: TestWorkspace,
  assigneeId: string | null,
  fields: Record<string, string>,
): Promise<string> {
  const ticket = await createTestTicket(db(), owner.agent.ctx, { assigneeId, teamId: owner.teamId });
  await solve(db(), owner.agent.ctx, ticket.id);
  const { token } = await issueTestLink(db(), ticket.id);
  const res = await postSurveyForm(server.url, token, fields);
  if (res.status !== 200) throw new Error(`answer refused: ${res.status}`);
  return ticket.id;
}

describe('survey settings', () => {
  it('shows the defaults to every agent and lets only admins change them', async () => {
    const local = await createTestWorkspace(db());
    const localAgent = await signedIn(server.url, local.agent);
    const localAdmin = await signedIn(server.url, local.admin);
    const read = await localAgent.get<SurveySettings>('/api/surveys/settings');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      csatEnabled: true,
      cesEnabled: false,
      npsEnabled: false,
      npsEveryDays: 90,
      sendDelayMinutes: 60,
      expiresAfterDays: 14,
    });
    const refused = await localAgent.patch<ErrorRes>('/api/surveys/settings', { npsEnabled: true });
    expect(refused.status).toBe(403);

    const changed = await localAdmin.patch<SurveySettings>('/api/surveys/settings', {
      npsEnabled: true,
      sendDelayMinutes: 0,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ npsEnabled: true, sendDelayMinutes: 0, csatEnabled: true });
    expect((await localAgent.get<SurveySettings>('/api/surveys/settings')).body.npsEnabled).toBe(true);
    // Other workspaces keep their own settings.
    expect((await agent.get<SurveySettings>('/api/surveys/settings')).body.npsEnabled).toBe(false);

    const invalid = await localAdmin.patch<ErrorRes>('/api/surveys/settings', { npsEveryDays: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues?.map((i) => i.path)).toContain('npsEveryDays');

    // The change is audited with what changed; a save that changes nothing records nothing.
    const unchanged = await localAdmin.patch<SurveySettings>('/api/surveys/settings', { npsEnabled: true });
    expect(unchanged.status).toBe(200);
    const audit = await db()
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, local.id), eq(events.type, 'survey_settings.updated')));
    expect(audit.map((e) => e.changes)).toEqual([
      [
        { field: 'npsEnabled', from: false, to: true },
        { field: 'sendDelayMinutes', from: 60, to: 0 },
      ],
    ]);
  });
});

describe("a ticket's survey", () => {
  it('shows the invitation and the answers, and 404 for another workspace’s ticket', async () => {
    const ticketId = await answered(ws, ws.agent.id, { csat: '4', comment: 'Bien' });
    const res = await agent.get<TicketSurvey>(`/api/tickets/${ticketId}/survey`);
    expect(res.status).toBe(200);
    expect(res.body.invitation).toMatchObject({ kinds: ['csat'] });
    expect(res.body.invitation?.sentAt).not.toBeNull();
    expect(res.body.invitation?.respondedAt).not.toBeNull();
    expect(res.body.responses).toEqual([
      expect.objectContaining({ kind: 'csat', score: 4, comment: 'Bien' }),
    ]);

    const unsolved = await createTestTicket(db(), ws.agent.ctx);
    expect((await agent.get<TicketSurvey>(`/api/tickets/${unsolved.id}/survey`)).body).toEqual({
      invitation: null,
      responses: [],
    });

    const other = await createTestWorkspace(db());
    const foreign = await createTestTicket(db(), other.agent.ctx);
    expect((await agent.get(`/api/tickets/${foreign.id}/survey`)).status).toBe(404);
  });
});

describe('survey answers and summary', () => {
  let local: TestWorkspace;
  let client: AgentClient;

  beforeAll(async () => {
    local = await createTestWorkspace(db());
    await updateSurveySettings(db(), local.admin.ctx, { npsEnabled: true, npsEveryDays: 7 });
    client = await signedIn(server.url, local.agent);
    // Every ticket has its own requester, so each is asked NPS too.
    await answered(local, local.agent.id, { csat: '5', nps: '10', comment: 'Excelente' });
    await answered(local, local.agent.id, { csat: '4', nps: '6' });
    await answered(local, local.admin.id, { csat: '2', comment: 'Tardaron mucho' });
    await answered(local, null, { nps: '8' });
    // Sent and never answered.
    const silent = await createTestTicket(db(), local.agent.ctx);
    await solve(db(), local.agent.ctx, silent.id);
    await issueTestLink(db(), silent.id);
  });

  it('lists answers newest first, page by page, with filters', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await client.get<SurveyResponsePage>(`/api/surveys/responses?limit=2${query}`);
      expect(page.status).toBe(200);
      if (pages === 0) expect(page.body.items[0]).toMatchObject({ kind: 'nps', score: 8 });
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(pages).toBe(3);

    const unhappy = await client.get<SurveyResponsePage>('/api/surveys/responses?kind=csat&maxScore=2');
    expect(unhappy.body.items).toHaveLength(1);
    expect(unhappy.body.items[0]).toMatchObject({
      kind: 'csat',
      score: 2,
      comment: 'Tardaron mucho',
      agent: { id: local.admin.id, name: 'Admin Prueba' },
      team: { id: local.teamId, name: 'Soporte' },
    });
    expect(unhappy.body.items[0]?.ticket.subject).toBe('No funciona la impresora');

    const byAgent = await client.get<SurveyResponsePage>(`/api/surveys/responses?agentId=${local.agent.id}`);
    expect(byAgent.body.items.map((i) => `${i.kind}:${i.score}`).sort()).toEqual([
      'csat:4',
      'csat:5',
      'nps:10',
      'nps:6',
    ]);

    const future = new Date(Date.now() + 3600_000).toISOString();
    const none = await client.get<SurveyResponsePage>(
      `/api/surveys/responses?from=${encodeURIComponent(future)}`,
    );
    expect(none.body.items).toHaveLength(0);

    const foreignAgent = await client.get<ErrorRes>(`/api/surveys/responses?agentId=${ws.agent.id}`);
    expect(foreignAgent.status).toBe(400);
    expect(foreignAgent.body.error.issues?.[0]?.path).toBe('agentId');
    const badCursor = await client.get<ErrorRes>('/api/surveys/responses?cursor=nonsense');
    expect(badCursor.status).toBe(400);
  });

  it('summarizes exactly what was answered', async () => {
    const res = await client.get<SurveySummary>('/api/surveys/summary');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      csat: { responses: 3, satisfied: 2, score: 2 / 3 },
      ces: { responses: 0, average: null },
      nps: { responses: 3, promoters: 1, passives: 1, detractors: 1, score: 0 },
      invitationsSent: 5,
      responseRate: 4 / 5,
    });
    const mine = await client.get<SurveySummary>(`/api/surveys/summary?agentId=${local.agent.id}`);
    expect(mine.body.csat).toEqual({ responses: 2, satisfied: 2, score: 1 });
    expect(mine.body.nps).toMatchObject({ responses: 2, promoters: 1, detractors: 1, score: 0 });

    const to = new Date(Date.now() - 86_400_000).toISOString();
    const past = await client.get<SurveySummary>(`/api/surveys/summary?to=${encodeURIComponent(to)}`);
    expect(past.body.csat.responses).toBe(0);
    const reversed = await client.get<ErrorRes>(
      `/api/surveys/summary?from=${encodeURIComponent(new Date().toISOString())}&to=${encodeURIComponent(to)}`,
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues?.[0]?.path).toBe('from');
  });
});
