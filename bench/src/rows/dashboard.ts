import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type pg from 'pg';
import {
  dashboardActivityStatement,
  dashboardBacklogStatement,
} from '@atiende/server/src/reports/dashboard-statements';
import { addDays } from '@atiende/server/src/reports/local-days';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import type { Statement } from '../raw/ticket-select';
import { TARGETS } from '../report/targets';
import { throughputRatio } from '../stats';

const ID = 'dashboard.30d';
const LABEL = 'dashboard: last 30 days';
const DAYS = 30;
const dialect = new PgDialect();

function render(query: SQL): Statement {
  const { sql, params } = dialect.sqlToQuery(query);
  return { text: sql, values: params };
}

/**
 * The raw twin of GET /api/dashboard: the server's own two statements (activity from the daily
 * rollup plus today's live aggregation; the backlog), rendered from its builders so they cannot drift.
 */
async function dashboardStatements(pool: pg.Pool, workspaceId: string): Promise<Statement[]> {
  const clock = await pool.query<{ timezone: string; today: string }>(
    `SELECT timezone, (now() AT TIME ZONE timezone)::date::text AS today FROM workspaces WHERE id = $1`,
    [workspaceId],
  );
  const { timezone, today } = clock.rows[0] ?? {
    timezone: 'UTC',
    today: new Date().toISOString().slice(0, 10),
  };
  const from = addDays(today, 1 - DAYS);
  return [
    render(dashboardActivityStatement(workspaceId, timezone, from, today)),
    render(dashboardBacklogStatement(workspaceId)),
  ];
}

/**
 * The 30-day dashboard through the API (the first request fills the rollup; the warm-up absorbs
 * it) against the same statements on a bare connection, with the ≤ 200 ms target on the API.
 */
export async function dashboardRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const session = ctx.sessions[0];
    if (!session) throw new Error('no signed-in session');
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async () => {
        const res = await session.request('GET', `/api/dashboard?days=${String(DAYS)}`);
        expectStatus(res, 200, LABEL);
      }, ctx.budgets.dashboard),
    );
    const statements = await dashboardStatements(ctx.pool, ctx.workspaceId);
    const raw = await measureRaw(
      ctx.pool,
      async (client) => {
        for (const s of statements) await client.query(s.text, s.values);
      },
      ctx.budgets.dashboard,
    );
    return {
      id: ID,
      label: LABEL,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      serverMeanMs,
      target: TARGETS.dashboard,
      note: 'daily rollup for past days + today live; backlog by status × priority',
      sample: statements[0],
    };
  } catch (error) {
    return failedRow(ID, LABEL, TARGETS.dashboard, error);
  }
}
