import type pg from 'pg';
import type { RowResult } from '../bench/context';
import { verdict } from './targets';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the representative statement of every failing row (or of every
 * row with `all`), to show where the time goes.
 */
export async function explainRows(pool: pg.Pool, rows: readonly RowResult[], all: boolean): Promise<string> {
  const sections: string[] = [];
  for (const row of rows) {
    if (!row.sample) continue;
    if (!all && verdict(row.target, row.api, row.ratio) !== 'FAIL') continue;
    const plan = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${row.sample.text}`,
      row.sample.values,
    );
    sections.push(`── ${row.label}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
  return sections.join('\n\n');
}
