import { sql } from 'drizzle-orm';
import { addDays } from '../reports/local-days';
import { rollupDays } from '../reports/rollup-daily-stats';
import type { JobDefinition } from './job';

/** Days recomputed on every run: late changes (trash, purge, merges) to recent days are picked up. */
const RECOMPUTE_DAYS = 7;

/**
 * Keeps the dashboard rollup fresh: for every workspace that has one, recomputes the last
 * RECOMPUTE_DAYS local days (or from the first uncovered day) through yesterday and extends its covered range to yesterday.
 * Idempotent: a rerun recomputes the same days to the same rows.
 */
export const refreshDailyStatsJob: JobDefinition = {
  name: 'refresh-daily-stats',
  cron: '7 * * * *',
  retryLimit: 3,
  handler: async ({ database: { db } }) => {
    const covered = await db.execute<{
      workspace_id: string;
      timezone: string;
      today: string;
      through: string;
    }>(sql`
      SELECT c.workspace_id, w.timezone, (now() AT TIME ZONE w.timezone)::date::text AS today,
             c.through_day::text AS through
        FROM ticket_stats_coverage c JOIN workspaces w ON w.id = c.workspace_id`);
    for (const { workspace_id: workspaceId, timezone, today, through } of covered.rows) {
      const yesterday = addDays(today, -1);
      // From the first day not yet covered when the job has not run for a while, so no gap opens.
      const recent = addDays(today, -RECOMPUTE_DAYS);
      const from = addDays(through, 1) < recent ? addDays(through, 1) : recent;
      await rollupDays(db, workspaceId, timezone, from, yesterday);
      await db.execute(sql`UPDATE ticket_stats_coverage
        SET through_day = GREATEST(through_day, ${yesterday}::date) WHERE workspace_id = ${workspaceId}`);
    }
  },
};
