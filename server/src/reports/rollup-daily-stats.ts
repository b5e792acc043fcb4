import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { addDays } from './local-days';
import { dailyAggregation } from './daily-aggregation';

/** Advisory lock namespace: one rollup at a time per workspace. */
const ROLLUP_LOCK = 7_402_010;

/**
 * Recomputes the rollup rows of [fromDay, throughDay] for one workspace (replacing what was
 * there), under a per-workspace lock so concurrent refreshes do not interleave.
 */
export async function rollupDays(
  db: DbOrTx,
  workspaceId: string,
  timezone: string,
  fromDay: string,
  throughDay: string,
): Promise<void> {
  if (fromDay > throughDay) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK}, hashtext(${workspaceId}))`);
    await tx.execute(sql`DELETE FROM ticket_daily_stats
      WHERE workspace_id = ${workspaceId} AND day BETWEEN ${fromDay}::date AND ${throughDay}::date`);
    await tx.execute(sql`INSERT INTO ticket_daily_stats (workspace_id, day, channel, priority, created, solved,
        resolution_seconds, first_responses, first_response_seconds, first_responses_within_1h)
      SELECT ${workspaceId}, day, channel, priority, created, solved, resolution_seconds, first_responses,
             first_response_seconds, first_responses_within_1h
      FROM (${dailyAggregation(workspaceId, timezone, fromDay, throughDay)}) agg`);
  });
}

interface Coverage {
  fromDay: string;
  throughDay: string;
}

async function coverageOf(db: DbOrTx, workspaceId: string): Promise<Coverage | null> {
  const result = await db.execute<{ from_day: string; through_day: string }>(
    sql`SELECT from_day::text, through_day::text FROM ticket_stats_coverage WHERE workspace_id = ${workspaceId}`,
  );
  const row = result.rows[0];
  return row ? { fromDay: row.from_day, throughDay: row.through_day } : null;
}

/**
 * Makes sure every past day of [fromDay, throughDay] is rolled up, computing only the days outside
 * the workspace's covered range (which stays contiguous). The first dashboard of a workspace pays
 * for its history once; afterwards this is one small read.
 */
export async function ensureRolledUp(
  db: Db,
  workspaceId: string,
  timezone: string,
  fromDay: string,
  throughDay: string,
): Promise<void> {
  if (fromDay > throughDay) return;
  const covered = await coverageOf(db, workspaceId);
  if (covered && covered.fromDay <= fromDay && covered.throughDay >= throughDay) return;
  const from = covered && covered.fromDay < fromDay ? covered.fromDay : fromDay;
  const through = covered && covered.throughDay > throughDay ? covered.throughDay : throughDay;
  if (!covered) {
    await rollupDays(db, workspaceId, timezone, from, through);
  } else {
    // Only the missing edges; the covered middle is already there.
    await rollupDays(db, workspaceId, timezone, from, addDays(covered.fromDay, -1));
    await rollupDays(db, workspaceId, timezone, addDays(covered.throughDay, 1), through);
  }
  await db.execute(sql`INSERT INTO ticket_stats_coverage (workspace_id, from_day, through_day)
    VALUES (${workspaceId}, ${from}::date, ${through}::date)
    ON CONFLICT (workspace_id) DO UPDATE SET
      from_day = LEAST(ticket_stats_coverage.from_day, EXCLUDED.from_day),
      through_day = GREATEST(ticket_stats_coverage.through_day, EXCLUDED.through_day)`);
}
