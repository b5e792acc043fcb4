import type pg from 'pg';
import { getDashboard } from '@atiende/server/src/reports/get-dashboard';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { at } from '../gen/random';
import { agentContext } from '../raw/agent-context';
import { captureStatements, replayStatements } from '../raw/capture-sql';
import type { Statement } from '../raw/ticket-select';
import { TARGETS } from '../report/targets';
import { throughputRatio } from '../stats';

const ID = 'dashboard.30d';
const LABEL = 'dashboard: last 30 days';
const DAYS = 30;

/**
 * The raw twin of GET /api/dashboard: every statement the server's `getDashboard` sends (the
 * clock, the activity from the daily rollup plus today live, the backlog, SLA compliance and the
 * survey scores), captured from one call, so they cannot drift. The rollup is already filled by
 * the API loop's first request, so the captured call only reads.
 */
async function dashboardStatements(ctx: BenchContext, pool: pg.Pool): Promise<Statement[]> {
  const auth = agentContext(ctx.workspaceId, at(ctx.staff.agents, 0));
  const captured = await captureStatements(pool, (db) => getDashboard(db, auth, { days: DAYS }));
  return captured.statements;
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
    const statements = await dashboardStatements(ctx, ctx.pool);
    const raw = await measureRaw(
      ctx.pool,
      (client) => replayStatements(client, statements),
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
      note: 'daily rollup for past days + today live; backlog; SLA compliance; CSAT/NPS/CES (server runs them in parallel, the twin in sequence)',
      sample: statements[0],
    };
  } catch (error) {
    return failedRow(ID, LABEL, TARGETS.dashboard, error);
  }
}
