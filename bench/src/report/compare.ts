import { readResults, type SavedResults, type SavedRow } from './results-file';

/** A saved run to compare against, and a line describing it. */
export interface Comparison {
  byId: Map<string, SavedRow>;
  description: string;
}

/**
 * Loads `file` for `--compare`. The table then shows now ÷ saved for p50 and p99 of each row
 * (0.80× = 20% faster); a different dataset size is called out, since it changes every figure.
 */
export async function loadComparison(file: string, tickets: number): Promise<Comparison> {
  const { results, byId } = await readResults(file);
  return { byId, description: describe(file, results, tickets) };
}

function describe(file: string, saved: SavedResults, tickets: number): string {
  const base = `compared with ${file} (run ${saved.startedAt}, commit ${saved.gitCommit ?? '?'}, ${saved.dataset.tickets.toLocaleString('en-US')} tickets)`;
  return saved.dataset.tickets === tickets ? base : `${base} — WARNING: different dataset size`;
}
