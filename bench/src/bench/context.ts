import type pg from 'pg';
import type { DatasetSpec } from '../gen/dataset-spec';
import type { ContactRef } from '../gen/people';
import type { Rng } from '../gen/random';
import type { Staff } from '../gen/staff';
import type { RawActor } from '../raw/write-sql';
import type { Statement } from '../raw/ticket-select';
import type { Target } from '../report/targets';
import type { Summary } from '../stats';
import type { AgentHttp } from './http-client';
import type { Budget } from './measure';

/** One line of the results table. */
export interface RowResult {
  id: string;
  label: string;
  /** Through the API (or the SQL itself for SQL-only rows). */
  api: Summary | null;
  /** The same work over a plain pg connection: the raw-database limit. */
  raw: Summary | null;
  /** API ÷ raw (see stats.ts for which figure); null when there is no comparison. */
  ratio: number | null;
  /** Mean server-side time per HTTP request during the API loop (from the server's /metrics). */
  serverMeanMs?: number | null;
  target: Target | null;
  note?: string;
  error?: string;
  /** A representative raw statement, for `--explain`. */
  sample?: Statement;
}

/** Sizes of the measurement loops. */
export interface Budgets {
  read: Budget;
  write: Budget;
  concurrent: Budget;
  dashboard: Budget;
  realtime: Budget;
}

/** Everything a benchmark row needs. */
export interface BenchContext {
  baseUrl: string;
  /** The server's SMTP port on 127.0.0.1. */
  smtpPort: number;
  /** Raw connections to the same database (up to 40). */
  pool: pg.Pool;
  workspaceId: string;
  spec: DatasetSpec;
  staff: Staff;
  contacts: readonly ContactRef[];
  /** Signed-in sessions, one per agent, in `staff.agents` order; [0] is an admin. */
  sessions: readonly AgentHttp[];
  /** The admin as the raw write path's event actor. */
  actor: RawActor;
  /** End of the dataset's time span (its "now"). */
  endMs: number;
  budgets: Budgets;
  rng: Rng;
  /** Unique per run, to recognise this run's realtime events. */
  runId: string;
  log: (line: string) => void;
  /** Registers a restore step for rows a benchmark modified (run at the end). */
  onRestore: (step: (client: pg.ClientBase) => Promise<void>) => void;
}

/** A row that could not be measured: kept in the table with its error. */
export function failedRow(id: string, label: string, target: Target | null, error: unknown): RowResult {
  return {
    id,
    label,
    api: null,
    raw: null,
    ratio: null,
    target,
    error: error instanceof Error ? error.message : String(error),
  };
}
