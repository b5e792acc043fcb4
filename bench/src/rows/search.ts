import { expectStatus } from '../bench/http-client';
import { failedRow, type BenchContext, type RowResult } from '../bench/context';
import { measure, measureRaw } from '../bench/measure';
import { withServerTime } from '../bench/server-metrics';
import { SPANISH } from '../gen/lang-es';
import { at, hashSeed, mulberry32 } from '../gen/random';
import { TextGenerator } from '../gen/text';
import { inboxQueryString, inboxStatement, type InboxFilter } from '../raw/ticket-select';
import { TARGETS } from '../report/targets';
import { percentile, throughputRatio } from '../stats';

const ID = 'search.fts2';
const LABEL = 'search: 2 Spanish words';
const QUERIES = 40;

/**
 * Two-word Spanish queries ("factura duplicada", "pago rechazado"): topic words drawn with the
 * same Zipf distribution the subjects were generated with, so frequent words are searched often.
 */
export function searchQueries(count: number): string[] {
  const rng = mulberry32(hashSeed('search-queries'));
  const text = new TextGenerator(SPANISH);
  const queries = new Set<string>();
  for (let attempt = 0; attempt < 10_000 && queries.size < count; attempt++) {
    const q = text.fill('{noun} {adj}', rng).toLowerCase();
    if (q.split(' ').length === 2) queries.add(q);
  }
  return [...queries];
}

/** Full-text search through GET /api/tickets?q=… (all statuses, newest first, 50 per page). */
export async function searchRow(ctx: BenchContext): Promise<RowResult> {
  try {
    const queries = searchQueries(QUERIES);
    const filter = (i: number): InboxFilter => ({
      q: at(queries, Math.abs(i) % queries.length),
      sort: 'updated_desc',
      limit: 50,
    });
    const session = at(ctx.sessions, 0);
    const { result: api, serverMeanMs } = await withServerTime(ctx.baseUrl, () =>
      measure(async (i) => {
        expectStatus(await session.request('GET', inboxQueryString(filter(i))), 200, 'search');
      }, ctx.budgets.read),
    );
    const raw = await measureRaw(
      ctx.pool,
      (client, i) => {
        const statement = inboxStatement(ctx.workspaceId, filter(i));
        return client.query(statement.text, statement.values);
      },
      ctx.budgets.read,
    );
    const matches: number[] = [];
    for (const q of queries) {
      const counted = await ctx.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tickets WHERE workspace_id = $1 AND search_vector @@ websearch_to_tsquery('atiende_es'::regconfig, $2)`,
        [ctx.workspaceId, q],
      );
      matches.push(counted.rows[0]?.n ?? 0);
    }
    matches.sort((a, b) => a - b);
    return {
      id: ID,
      label: LABEL,
      api,
      raw,
      ratio: throughputRatio(api, raw),
      serverMeanMs,
      target: TARGETS.search,
      note: `${queries.length} queries, e.g. "${at(queries, 0)}"; matching tickets per query: median ${Math.round(percentile(matches, 0.5))}, max ${matches.at(-1) ?? 0}`,
      sample: inboxStatement(ctx.workspaceId, filter(0)),
    };
  } catch (error) {
    return failedRow(ID, LABEL, TARGETS.search, error);
  }
}
