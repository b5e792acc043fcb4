import { sql, type SQL } from 'drizzle-orm';
import { dailyAggregation } from './daily-aggregation';

/**
 * The dashboard's activity statement: rolled-up rows for the past days of the window plus today's
 * live aggregation, summed per day, per channel, per priority and overall in one pass
 * (GROUPING SETS). Exported so the benchmark runs the very same SQL on a bare connection.
 */
export function dashboardActivityStatement(
  workspaceId: string,
  timezone: string,
  fromDay: string,
  today: string,
): SQL {
  return sql`
    WITH happened AS (
      SELECT day, channel, priority, created, solved, resolution_seconds, first_responses,
             first_response_seconds, first_responses_within_1h
        FROM ticket_daily_stats
       WHERE workspace_id = ${workspaceId} AND day >= ${fromDay}::date AND day < ${today}::date
      UNION ALL
      SELECT * FROM (${dailyAggregation(workspaceId, timezone, today, today)}) live
    )
    SELECT day::text AS day, channel, priority,
           GROUPING(day, channel, priority)::int AS grouping,
           sum(created)::int AS created, sum(solved)::int AS solved,
           sum(resolution_seconds)::float8 AS resolution_seconds,
           sum(first_responses)::int AS first_responses,
           sum(first_response_seconds)::float8 AS first_response_seconds,
           sum(first_responses_within_1h)::int AS first_responses_within_1h
      FROM happened
     GROUP BY GROUPING SETS ((day), (channel), (priority), ())`;
}

/** Unresolved tickets now, by status and priority (answered from `tickets_backlog_idx`). */
export function dashboardBacklogStatement(workspaceId: string): SQL {
  return sql`
    SELECT status, priority, count(*)::int AS count
      FROM tickets
     WHERE workspace_id = ${workspaceId} AND status IN ('new', 'open', 'pending', 'on_hold')
     GROUP BY status, priority`;
}
