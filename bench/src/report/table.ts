import type { RowResult } from '../bench/context';
import { verdict } from './targets';
import type { SavedRow } from './results-file';

/** Milliseconds with precision that suits their size: 0.84, 12.3, 187. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}

function formatRate(perSecond: number | undefined): string {
  if (perSecond === undefined || !Number.isFinite(perSecond)) return '—';
  return perSecond >= 100 ? `${Math.round(perSecond)}/s` : `${perSecond.toFixed(1)}/s`;
}

function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

function formatChange(now: number | undefined, before: number | undefined): string {
  if (now === undefined || before === undefined || !Number.isFinite(now) || !(before > 0)) return '—';
  return `${(now / before).toFixed(2)}×`;
}

/** Lays out cells in aligned columns: the first column left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n');
}

/**
 * The one results table: latency percentiles, throughput, the raw-SQL median and the API's share
 * of the raw limit, the target and its verdict; with a saved run, the change of p50 and p99
 * (now ÷ then: below 1.00× is faster). Footnotes carry notes and errors.
 */
export function resultsTable(rows: readonly RowResult[], saved?: ReadonlyMap<string, SavedRow>): string {
  const header = [
    'operation',
    'n',
    'median',
    'p95',
    'p99',
    'throughput',
    'server mean',
    'raw median',
    'vs raw',
    'target',
    'result',
  ];
  if (saved) header.push('p50 vs saved', 'p99 vs saved');
  const notes: string[] = [];
  const body = rows.map((row) => {
    const mark =
      row.note || row.error ? ` [${notes.push(row.error ? `ERROR: ${row.error}` : (row.note ?? ''))}]` : '';
    const s = row.api;
    const cells = [
      row.label + mark,
      s ? String(s.n) : '—',
      formatMs(s?.p50),
      formatMs(s?.p95),
      formatMs(s?.p99),
      formatRate(s?.throughput),
      formatMs(row.serverMeanMs ?? undefined),
      formatMs(row.raw?.p50),
      formatRatio(row.ratio),
      row.target?.text ?? '',
      row.error ? 'ERROR' : verdict(row.target, row.api, row.ratio),
    ];
    if (saved) {
      const before = saved.get(row.id);
      cells.push(formatChange(s?.p50, before?.api?.p50), formatChange(s?.p99, before?.api?.p99));
    }
    return cells;
  });
  const footnotes = notes.map((note, i) => `[${i + 1}] ${note}`);
  return [renderTable(header, body), ...(footnotes.length > 0 ? ['', ...footnotes] : [])].join('\n');
}
