import { sql, type SQL } from 'drizzle-orm';

/**
 * What happened on each local day of [fromDay, throughDay] (YYYY-MM-DD in `timezone`), per channel
 * and priority: tickets created, solved and first-answered that day, with their time sums. Trashed
 * tickets (spam, duplicates) are left out. The rollup stores this for past days; the dashboard
 * runs it live for today. Columns match `ticket_daily_stats`.
 */
export function dailyAggregation(
  workspaceId: string,
  timezone: string,
  fromDay: string,
  throughDay: string,
): SQL {
  const lo = sql`(${fromDay}::date)::timestamp AT TIME ZONE ${timezone}`;
  const hi = sql`(${throughDay}::date + 1)::timestamp AT TIME ZONE ${timezone}`;
  const scope = sql`workspace_id = ${workspaceId} AND status <> 'trashed'`;
  return sql`
    SELECT day, channel, priority,
           sum(created)::int AS created,
           sum(solved)::int AS solved,
           sum(resolution_seconds)::bigint AS resolution_seconds,
           sum(first_responses)::int AS first_responses,
           sum(first_response_seconds)::bigint AS first_response_seconds,
           sum(first_responses_within_1h)::int AS first_responses_within_1h
    FROM (
      SELECT (created_at AT TIME ZONE ${timezone})::date AS day, channel, priority,
             1 AS created, 0 AS solved, 0::bigint AS resolution_seconds,
             0 AS first_responses, 0::bigint AS first_response_seconds, 0 AS first_responses_within_1h
        FROM tickets WHERE ${scope} AND created_at >= ${lo} AND created_at < ${hi}
      UNION ALL
      SELECT (solved_at AT TIME ZONE ${timezone})::date, channel, priority,
             0, 1, extract(epoch FROM solved_at - created_at)::bigint, 0, 0, 0
        FROM tickets WHERE ${scope} AND solved_at >= ${lo} AND solved_at < ${hi}
      UNION ALL
      SELECT (first_response_at AT TIME ZONE ${timezone})::date, channel, priority,
             0, 0, 0, 1, extract(epoch FROM first_response_at - created_at)::bigint,
             (first_response_at - created_at <= interval '1 hour')::int
        FROM tickets WHERE ${scope} AND first_response_at >= ${lo} AND first_response_at < ${hi}
    ) happened
    GROUP BY day, channel, priority`;
}
