import { surveySummary } from '@atiende/server/src/queries/survey-summary';
import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { at } from '../gen/random';
import { captureStatements, replayStatements } from '../raw/capture-sql';
import { throughputRatio } from '../stats';

const ID = 'surveys.summary';
const LABEL = 'surveys: CSAT/NPS/CES for 90 days';
const DAYS = 90;
const DAY = 86_400_000;

/**
 * The satisfaction report a supervisor opens: GET /api/surveys/summary over the last 90 days of the
 * dataset (CSAT, NPS, CES and the response rate), against the statements the server's
 * `surveySummary` sends for the same window, captured and replayed on a bare connection.
 */
export async function surveySummaryRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const session = at(ctx.sessions, 0);
    const to = new Date(ctx.endMs);
    const from = new Date(ctx.endMs - DAYS * DAY);
    const query = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async () => {
        const res = await session.request('GET', `/api/surveys/summary?${query}`);
        expectStatus(res, 200, LABEL);
      }, ctx.budgets.dashboard),
    );
    const { statements } = await captureStatements(ctx.pool, (db) =>
      surveySummary(db, { workspaceId: ctx.workspaceId, from, to }),
    );
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
      target: null,
      note: 'responses by kind + invitations sent/answered in the window (server in parallel, twin in sequence)',
      sample: statements[0],
    };
  } catch (error) {
    return failedRow(ID, LABEL, null, error);
  }
}
