import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { connectDatabase } from '../db/database';
import {
  agents,
  companies,
  contacts,
  messages,
  teams,
  tickets,
  ticketStageIntervals,
  workspaces,
} from '../db/schema';
import { verifyPassword } from '../lib/passwords';
import { seedDemoWorkspace } from './seed-demo-workspace';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './demo-data';

describe('demo workspace', () => {
  it('creates Distribuidora Andina with agents, teams, customers and varied tickets with threads', async () => {
    const database = connectDatabase(inject('databaseUrl'), 2);
    const db = database.db;
    // Seed in a transaction that is rolled back: the shared test database keeps no demo data
    // and the demo's unique emails do not clash with other runs.
    const rollback = new Error('rollback');
    await db
      .transaction(async (tx) => {
        const workspaceId = await seedDemoWorkspace(tx);
        const count = async (
          table: typeof agents | typeof teams | typeof companies | typeof contacts | typeof tickets,
        ) =>
          (
            await tx
              .select({ n: sql<number>`count(*)::int` })
              .from(table)
              .where(eq(table.workspaceId, workspaceId))
          )[0]?.n;
        expect((await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)))[0]?.name).toBe(
          'Distribuidora Andina',
        );
        expect(await count(agents)).toBe(3);
        expect(await count(teams)).toBe(2);
        expect(await count(companies)).toBe(10);
        // 20 customers plus the sender of the spam in the trash.
        expect(await count(contacts)).toBe(21);
        // 60 worked tickets plus a spam message and a duplicate in the trash.
        expect(await count(tickets)).toBe(62);
        const byStatus = await tx
          .select({ status: tickets.status, n: sql<number>`count(*)::int` })
          .from(tickets)
          .where(eq(tickets.workspaceId, workspaceId))
          .groupBy(tickets.status);
        expect(byStatus).toHaveLength(7);
        expect(byStatus.find((s) => s.status === 'trashed')?.n).toBe(2);
        const [classified] = await tx
          .select({
            custom: sql<number>`count(*) FILTER (WHERE custom_status_id IS NOT NULL)::int`,
            withFields: sql<number>`count(*) FILTER (WHERE custom_fields <> '{}'::jsonb)::int`,
            notFinalized: sql<number>`count(*) FILTER (WHERE resolution = 'not_finalized')::int`,
          })
          .from(tickets)
          .where(eq(tickets.workspaceId, workspaceId));
        expect(classified?.custom).toBeGreaterThan(3);
        expect(classified?.withFields).toBeGreaterThan(40);
        expect(classified?.notFinalized).toBeGreaterThan(0);
        // Time in stage follows the backdated timelines: stretches in order, longer than seconds.
        const [stages] = await tx
          .select({
            backwards: sql<number>`count(*) FILTER (WHERE ended_at < started_at)::int`,
            longest: sql<number>`extract(epoch from max(coalesce(ended_at, now()) - started_at))::int`,
          })
          .from(ticketStageIntervals)
          .where(eq(ticketStageIntervals.workspaceId, workspaceId));
        expect(stages?.backwards).toBe(0);
        expect(stages?.longest).toBeGreaterThan(24 * 3600);
        const channels = await tx
          .selectDistinct({ c: tickets.channel })
          .from(tickets)
          .where(eq(tickets.workspaceId, workspaceId));
        expect(channels.length).toBeGreaterThanOrEqual(5);
        const [threads] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(messages)
          .where(eq(messages.workspaceId, workspaceId));
        expect(threads?.n).toBeGreaterThan(150);
        const [admin] = await tx.select().from(agents).where(eq(agents.email, DEMO_ADMIN_EMAIL));
        expect(admin && (await verifyPassword(admin.passwordHash, DEMO_PASSWORD))).toBe(true);
        // Timelines are spread over past days and consistent.
        const [span] = await tx
          .select({
            oldest: sql<number>`extract(epoch from now() - min(created_at))::int`,
            bad: sql<number>`count(*) FILTER (WHERE first_response_at < created_at OR last_message_at < created_at)::int`,
          })
          .from(tickets)
          .where(eq(tickets.workspaceId, workspaceId));
        expect(span?.oldest).toBeGreaterThan(3 * 24 * 3600);
        expect(span?.bad).toBe(0);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    await database.close();
  });
});
