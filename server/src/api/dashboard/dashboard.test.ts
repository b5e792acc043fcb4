import os from 'node:os';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Dashboard, TicketPriority } from '@atiende/contracts';
import { refreshDailyStatsJob } from '../../jobs/refresh-daily-stats.job';
import { AttachmentStore } from '../../lib/attachment-store';
import { addDays } from '../../reports/local-days';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Today's date in Bogotá (the test workspaces' time zone), from the database clock. */
async function bogotaToday(): Promise<string> {
  const result = await server.database.db.execute<{ today: string }>(
    sql`SELECT (now() AT TIME ZONE 'America/Bogota')::date::text AS today`,
  );
  return result.rows[0]?.today ?? '';
}

/** Noon in Bogotá on `day`, plus `hours`. */
const bogotaNoon = (day: string, hours = 0) => new Date(Date.parse(`${day}T17:00:00Z`) + hours * 3600_000);

interface PastTicket {
  day: string;
  channel?: Channel;
  priority?: TicketPriority;
  firstResponseAfterHours?: number;
  solvedAfterHours?: number;
}

/** A ticket created at noon of a past local day, answered/solved the given hours later. */
async function pastTicket(ws: TestWorkspace, t: PastTicket) {
  const ticket = await createTestTicket(server.database.db, ws.agent.ctx, {
    channel: t.channel ?? 'email',
    priority: t.priority ?? 'normal',
  });
  const created = bogotaNoon(t.day);
  const hoursLater = (h: number | undefined) => (h === undefined ? null : bogotaNoon(t.day, h));
  const solvedAt = hoursLater(t.solvedAfterHours);
  await server.database.db.execute(sql`
    UPDATE tickets SET created_at = ${created}, first_response_at = ${hoursLater(t.firstResponseAfterHours)},
           solved_at = ${solvedAt}, status = ${solvedAt ? 'solved' : 'open'}
     WHERE id = ${ticket.id}`);
  return ticket;
}

describe('GET /api/dashboard', () => {
  it('counts created, solved and first responses per local day, with times, mix and backlog', async () => {
    const ws = await createTestWorkspace(server.database.db);
    const agent: AgentClient = await signedIn(server.url, ws.agent);
    const today = await bogotaToday();
    const d3 = addDays(today, -3);
    const d2 = addDays(today, -2);
    await pastTicket(ws, {
      day: d3,
      channel: 'email',
      priority: 'high',
      firstResponseAfterHours: 0.5,
      solvedAfterHours: 26,
    });
    await pastTicket(ws, { day: d3, channel: 'whatsapp', firstResponseAfterHours: 3 });
    await pastTicket(ws, { day: d2, channel: 'email', priority: 'critical' });
    await pastTicket(ws, { day: addDays(today, -40), channel: 'web' }); // outside the window
    await createTestTicket(server.database.db, ws.agent.ctx, { channel: 'chat' }); // today, live

    const res = await agent.get<Dashboard>('/api/dashboard?days=7');
    expect(res.status).toBe(200);
    const dash = res.body;
    expect(dash.from).toBe(addDays(today, -6));
    expect(dash.to).toBe(today);
    expect(dash.days).toHaveLength(7);
    const day = (d: string) => dash.days.find((x) => x.day === d);
    expect(day(d3)).toEqual({ day: d3, created: 2, solved: 0, firstResponses: 2 });
    // Solved 26 h after noon of d3 = the next local day.
    expect(day(d2)).toEqual({ day: d2, created: 1, solved: 1, firstResponses: 0 });
    expect(day(today)).toMatchObject({ created: 1 });
    expect(dash.totals).toMatchObject({ created: 4, solved: 1, firstResponses: 2 });
    expect(dash.totals.avgFirstResponseSeconds).toBeCloseTo((0.5 * 3600 + 3 * 3600) / 2);
    expect(dash.totals.firstResponseWithin1h).toBeCloseTo(0.5);
    expect(dash.totals.avgResolutionSeconds).toBeCloseTo(26 * 3600);
    expect(dash.createdByChannel).toEqual(
      expect.arrayContaining([
        { channel: 'email', count: 2 },
        { channel: 'whatsapp', count: 1 },
        { channel: 'chat', count: 1 },
      ]),
    );
    expect(dash.createdByChannel.find((c) => c.channel === 'web')).toBeUndefined();
    expect(dash.createdByPriority).toEqual(expect.arrayContaining([{ priority: 'critical', count: 1 }]));
    const backlogTotal = dash.backlog.reduce((n, b) => n + b.count, 0);
    expect(backlogTotal).toBe(4); // every ticket but the solved one, the old one included
  });

  it('serves past days from the rollup, which the refresh job brings up to date', async () => {
    const ws = await createTestWorkspace(server.database.db);
    const agent = await signedIn(server.url, ws.agent);
    const today = await bogotaToday();
    const d1 = addDays(today, -1);
    await pastTicket(ws, { day: d1 });
    const first = await agent.get<Dashboard>('/api/dashboard?days=3');
    expect(first.body.days.find((d) => d.day === d1)?.created).toBe(1);

    // A ticket appearing in a past day after the rollup (e.g. imported) is not seen until the refresh.
    await pastTicket(ws, { day: d1 });
    const stale = await agent.get<Dashboard>('/api/dashboard?days=3');
    expect(stale.body.days.find((d) => d.day === d1)?.created).toBe(1);

    await refreshDailyStatsJob.handler(
      {
        database: server.database,
        store: new AttachmentStore(os.tmpdir()),
      },
      {},
    );
    const fresh = await agent.get<Dashboard>('/api/dashboard?days=3');
    expect(fresh.body.days.find((d) => d.day === d1)?.created).toBe(2);
  });

  it('leaves trashed tickets out and never shows another workspace', async () => {
    const ws = await createTestWorkspace(server.database.db);
    const other = await createTestWorkspace(server.database.db);
    const agent = await signedIn(server.url, ws.agent);
    await createTestTicket(server.database.db, other.agent.ctx);
    const spam = await createTestTicket(server.database.db, ws.agent.ctx);
    await server.database.db.execute(sql`UPDATE tickets SET status = 'trashed' WHERE id = ${spam.id}`);
    const res = await agent.get<Dashboard>('/api/dashboard?days=1');
    expect(res.body.totals.created).toBe(0);
    expect(res.body.backlog).toEqual([]);
  });

  it('rejects an out-of-range window', async () => {
    const ws = await createTestWorkspace(server.database.db);
    const agent = await signedIn(server.url, ws.agent);
    const res = await agent.get('/api/dashboard?days=0');
    expect(res.status).toBe(400);
  });
});
