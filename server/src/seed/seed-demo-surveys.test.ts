import { describe, expect, it, inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../db/database';
import { surveySummary } from '../queries/survey-summary';
import { seedDemoWorkspace } from './seed-demo-workspace';

describe('demo surveys', () => {
  it('gives the demo sent invitations, ~60% answered, with real summary numbers', async () => {
    const database = connectDatabase(inject('databaseUrl'), 2);
    const rollback = new Error('rollback');
    await database.db
      .transaction(async (tx) => {
        const workspaceId = await seedDemoWorkspace(tx);
        const stats = await tx.execute<{
          sent: number;
          answered: number;
          pending: number;
          bad_times: number;
          comments: number;
          events: number;
        }>(sql`
          SELECT (SELECT count(*) FROM survey_invitations WHERE workspace_id = ${workspaceId} AND sent_at IS NOT NULL)::int AS sent,
                 (SELECT count(*) FROM survey_invitations WHERE workspace_id = ${workspaceId} AND responded_at IS NOT NULL)::int AS answered,
                 (SELECT count(*) FROM survey_invitations WHERE workspace_id = ${workspaceId} AND sent_at IS NULL AND cancelled_at IS NULL)::int AS pending,
                 (SELECT count(*) FROM survey_invitations WHERE workspace_id = ${workspaceId}
                    AND (sent_at > now() OR responded_at < sent_at OR responded_at > now()))::int AS bad_times,
                 (SELECT count(*) FROM survey_responses WHERE workspace_id = ${workspaceId} AND comment IS NOT NULL)::int AS comments,
                 (SELECT count(*) FROM events WHERE workspace_id = ${workspaceId} AND type = 'survey.responded')::int AS events`);
        const row = stats.rows[0];
        expect(row?.sent).toBeGreaterThanOrEqual(8);
        expect((row?.answered ?? 0) / (row?.sent ?? 1)).toBeGreaterThan(0.45);
        expect((row?.answered ?? 0) / (row?.sent ?? 1)).toBeLessThan(0.8);
        expect(row?.bad_times).toBe(0);
        expect(row?.comments).toBeGreaterThan(2);
        expect(row?.events).toBe(row?.answered);

        const summary = await surveySummary(tx, {
          workspaceId,
          from: new Date(Date.now() - 60 * 86_400_000),
          to: new Date(),
        });
        expect(summary.csat.responses).toBe(row?.answered);
        expect(summary.csat.score).toBeGreaterThan(0.4);
        expect(summary.csat.score).toBeLessThan(1);
        expect(summary.nps.responses).toBeGreaterThan(0);
        expect(summary.invitationsSent).toBe(row?.sent);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    await database.close();
  });
});
