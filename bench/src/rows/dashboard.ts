import type pg from 'pg';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measureRaw } from '../bench/measure';
import type { Statement } from '../raw/ticket-select';
import { TARGETS } from '../report/targets';

const ID = 'dashboard.30d';
const LABEL = 'dashboard 30 d: SQL only (no API yet)';
const DAY = 86_400_000;

/**
 * What a 30-day dashboard needs, as the SQL a dashboard endpoint would most plausibly run today
 * (there is no endpoint yet): tickets created in the window counted by status, priority and
 * channel; created and solved per local day; median time to first response.
 */
export function dashboardStatements(workspaceId: string, from: Date, to: Date): Statement[] {
  const window = `workspace_id = $1 AND created_at >= $2 AND created_at < $3`;
  const values = [workspaceId, from.toISOString(), to.toISOString()];
  return [
    {
      text: `SELECT status, priority, channel, count(*)::int AS n FROM tickets WHERE ${window}
              GROUP BY GROUPING SETS ((status), (priority), (channel))`,
      values,
    },
    {
      text: `SELECT date_trunc('day', created_at AT TIME ZONE 'America/Bogota') AS day, count(*)::int AS created,
                    count(*) FILTER (WHERE solved_at IS NOT NULL)::int AS solved
               FROM tickets WHERE ${window} GROUP BY 1 ORDER BY 1`,
      values,
    },
    {
      text: `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at)) AS median_s,
                    count(first_response_at)::int AS answered
               FROM tickets WHERE ${window} AND first_response_at IS NOT NULL`,
      values,
    },
  ];
}

async function runDashboard(client: pg.ClientBase, statements: readonly Statement[]): Promise<void> {
  for (const s of statements) await client.query(s.text, s.values);
}

/** The dashboard row: SQL only, marked as such, with the ≤ 200 ms target applied to the SQL. */
export async function dashboardRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const to = new Date(ctx.endMs + DAY);
    const from = new Date(ctx.endMs - 30 * DAY);
    const statements = dashboardStatements(ctx.workspaceId, from, to);
    const api = await measureRaw(
      ctx.pool,
      (client) => runDashboard(client, statements),
      ctx.budgets.dashboard,
    );
    return {
      id: ID,
      label: LABEL,
      api,
      raw: null,
      ratio: null,
      target: TARGETS.dashboard,
      note: '3 statements — counts by status/priority/channel, per day, median first response',
      sample: statements[0],
    };
  } catch (error) {
    return failedRow(ID, LABEL, TARGETS.dashboard, error);
  }
}
