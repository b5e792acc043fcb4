import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMigrations } from '@atiende/server/src/db/migrate';

/** The repository root (bench/src/db → three levels up). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the bench keeps its embedded PostgreSQL cluster and the server's DATA_DIR. */
export const BENCH_DATA_DIR = path.join(REPO_ROOT, 'data', 'bench');
const DEFAULT_PORT = 54340;

/** The database the bench talks to. */
export interface BenchDatabase {
  url: string;
  /** True when this process started an embedded PostgreSQL (and will stop it). */
  embedded: boolean;
  /** The postmaster's pid when it runs on this machine and is known. */
  postmasterPid: () => Promise<number | null>;
  stop: () => Promise<void>;
}

async function embeddedPostmasterPid(): Promise<number | null> {
  try {
    const content = await readFile(path.join(BENCH_DATA_DIR, 'pg', 'postmaster.pid'), 'utf8');
    const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Opens the bench database and brings its schema up to date: `BENCH_DATABASE_URL` when set,
 * otherwise an embedded PostgreSQL in data/bench (port `BENCH_PG_PORT`, default 54340) with one
 * database per dataset size. The embedded server is only loaded when needed, so a run against an
 * external database does not register its exit hooks.
 */
export async function openBenchDatabase(
  database: string,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    await runMigrations(external);
    return { url: external, embedded: false, postmasterPid: async () => null, stop: async () => undefined };
  }
  const { startEmbeddedPostgres } = await import('@atiende/server/src/db/embedded-postgres');
  const port = Number(process.env.BENCH_PG_PORT ?? DEFAULT_PORT);
  log(
    `starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${BENCH_DATA_DIR}/pg, database ${database})`,
  );
  const db = await startEmbeddedPostgres({
    dataDir: BENCH_DATA_DIR,
    port,
    database,
    log: () => undefined,
  });
  try {
    await runMigrations(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return { url: db.url, embedded: true, postmasterPid: embeddedPostmasterPid, stop: db.stop };
}
