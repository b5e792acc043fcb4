import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RowResult } from '../bench/context';
import type { MemoryReport } from '../bench/memory';
import type { DatasetSize } from '../seed/dataset-size';
import type { Summary } from '../stats';
import { verdict, type Verdict } from './targets';

/** A row as saved in results JSON (without the raw statement). */
export interface SavedRow {
  id: string;
  label: string;
  api: Summary | null;
  raw: Summary | null;
  ratio: number | null;
  serverMeanMs: number | null;
  target: string | null;
  verdict: Verdict;
  note?: string;
  error?: string;
}

/** The JSON written to bench/results/latest.json, readable by `--compare`. */
export interface SavedResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  gitCommit: string | null;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1-minute load average at the end: other work on the machine skews the figures. */
    loadAverage: number;
  };
  dataset: { tickets: number; slug: string; size: DatasetSize | null };
  memory: MemoryReport | null;
  rows: SavedRow[];
}

function gitCommit(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** Assembles the saved form of a run. */
export function toSavedResults(input: {
  startedAt: Date;
  quick: boolean;
  repoRoot: string;
  tickets: number;
  slug: string;
  size: DatasetSize | null;
  memory: MemoryReport | null;
  rows: readonly RowResult[];
}): SavedResults {
  return {
    version: 1,
    startedAt: input.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick: input.quick,
    gitCommit: gitCommit(input.repoRoot),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    },
    dataset: { tickets: input.tickets, slug: input.slug, size: input.size },
    memory: input.memory,
    rows: input.rows.map((row) => ({
      id: row.id,
      label: row.label,
      api: row.api,
      raw: row.raw,
      ratio: row.ratio,
      serverMeanMs: row.serverMeanMs ?? null,
      target: row.target?.text ?? null,
      verdict: row.error ? '' : verdict(row.target, row.api, row.ratio),
      ...(row.note ? { note: row.note } : {}),
      ...(row.error ? { error: row.error } : {}),
    })),
  };
}

/** Writes results as pretty JSON, creating the folder if needed. */
export async function writeResults(file: string, results: SavedResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** Reads a saved result for `--compare`; rows keyed by id. */
export async function readResults(
  file: string,
): Promise<{ results: SavedResults; byId: Map<string, SavedRow> }> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<SavedResults>;
  if (parsed.version !== 1 || !Array.isArray(parsed.rows))
    throw new Error(`${file} is not a bench result (version 1)`);
  const results = parsed as SavedResults;
  return { results, byId: new Map(results.rows.map((row) => [row.id, row])) };
}
