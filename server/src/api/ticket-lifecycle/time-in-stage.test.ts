import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { TimeInStage } from '@atiende/contracts';
import { ticketStageIntervals } from '../../db/schema';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let agent: AgentClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

/** Rewrites a dimension's stretches to start/end the given hours ago (null end = still open). */
async function backdate(ticketId: string, dimension: 'status' | 'assignee' | 'team', hours: number[]) {
  const db = server.database.db;
  const rows = await db
    .select({ id: ticketStageIntervals.id })
    .from(ticketStageIntervals)
    .where(and(eq(ticketStageIntervals.ticketId, ticketId), eq(ticketStageIntervals.dimension, dimension)))
    .orderBy(asc(ticketStageIntervals.id));
  expect(rows).toHaveLength(hours.length);
  for (const [index, row] of rows.entries()) {
    const start = hours[index] ?? 0;
    const end = hours[index + 1];
    await db.execute(sql`
      UPDATE ticket_stage_intervals
      SET started_at = now() - make_interval(hours => ${start}),
          ended_at = ${end === undefined ? null : sql`now() - make_interval(hours => ${end})`}
      WHERE id = ${row.id}`);
  }
}

describe('time in stage', () => {
  it('sums each status stretch, the current one until now', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    for (const status of ['open', 'pending', 'open']) {
      await agent.patch(`/api/tickets/${ticket.id}`, { status });
    }
    // new 10h→9h, open 9h→7h, pending 7h→4h, open 4h→now.
    await backdate(ticket.id, 'status', [10, 9, 7, 4]);
    const res = await agent.get<TimeInStage>(`/api/tickets/${ticket.id}/time-in-stage`);
    expect(res.status).toBe(200);
    expect(res.body.status.map((s) => s.status)).toEqual(['new', 'open', 'pending']);
    const secondsOf = (status: string) => res.body.status.find((s) => s.status === status)?.seconds ?? -1;
    expect(secondsOf('new')).toBe(3600);
    expect(secondsOf('pending')).toBe(3 * 3600);
    expect(Math.abs(secondsOf('open') - 6 * 3600)).toBeLessThanOrEqual(5);
  });

  it('records assignee and team changes with names', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    await agent.patch(`/api/tickets/${ticket.id}`, { assigneeId: ws.agent.id, teamId: ws.teamId });
    await agent.patch(`/api/tickets/${ticket.id}`, { assigneeId: ws.admin.id });
    await backdate(ticket.id, 'assignee', [5, 4, 1]);
    await backdate(ticket.id, 'team', [5, 4]);
    const res = await agent.get<TimeInStage>(`/api/tickets/${ticket.id}/time-in-stage`);
    expect(res.body.assignee.map((a) => [a.agent?.name ?? null, Math.round(a.seconds / 60)])).toEqual([
      [null, 60],
      ['Agente Prueba', 180],
      ['Admin Prueba', 60],
    ]);
    expect(res.body.team.map((t) => [t.team?.name ?? null, Math.round(t.seconds / 60)])).toEqual([
      [null, 60],
      ['Soporte', 240],
    ]);
  });

  it('also counts the trash, and answers 404 for other workspaces', async () => {
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    await agent.post(`/api/tickets/${ticket.id}/trash`, { reason: 'duplicate' });
    const res = await agent.get<TimeInStage>(`/api/tickets/${ticket.id}/time-in-stage`);
    expect(res.body.status.map((s) => s.status)).toEqual(['new', 'trashed']);
    const other = await createTestWorkspace(server.database.db);
    const stranger = await signedIn(server.url, other.agent);
    expect((await stranger.get(`/api/tickets/${ticket.id}/time-in-stage`)).status).toBe(404);
  });
});
