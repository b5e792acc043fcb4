import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '@atiende/server/src/test/free-port';
import { REPO_ROOT } from '../db/bench-database';

/** The production server running as a child process. */
export interface ServerProcess {
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Port of the server's built-in SMTP server on 127.0.0.1 (email ingestion row). */
  smtpPort: number;
  /** Recent stdout/stderr of the server, for error reports. */
  output: () => string;
  /** SIGTERM, then SIGKILL after 15 s; resolves when the process is gone. */
  stop: () => Promise<void>;
}

const MAIN = path.join(REPO_ROOT, 'server', 'dist', 'main.js');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(full));
    else newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure server/dist/main.js exists, running `npm run build` when it is missing or `rebuild`
 * is asked for. Warns when server sources are newer than the bundle.
 */
export async function ensureBuild(rebuild: boolean, log: (line: string) => void): Promise<void> {
  if (rebuild || !existsSync(MAIN)) {
    log(rebuild ? 'building (npm run build)…' : 'server/dist/main.js is missing: building (npm run build)…');
    await new Promise<void>((resolve, reject) => {
      const child = spawn('npm', ['run', 'build'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`npm run build exited with ${String(code)}`));
      });
    });
    return;
  }
  const built = statSync(MAIN).mtimeMs;
  const sources = Math.max(
    await newestMtime(path.join(REPO_ROOT, 'server', 'src')),
    await newestMtime(path.join(REPO_ROOT, 'contracts', 'src')),
  );
  if (sources > built)
    log('warning: server sources are newer than server/dist/main.js (pass --build to rebuild)');
}

/**
 * Starts `node server/dist/main.js` against the bench database (PORT=0: the OS picks a free port,
 * the server prints it; its SMTP server gets a free port too), listening on 127.0.0.1 only, and
 * waits for its "ready" line.
 */
export async function startServer(databaseUrl: string, dataDir: string): Promise<ServerProcess> {
  const smtpPort = await freePort();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=data/bench/profiles" profiles the server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      ROLE: 'all',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      // The built-in SMTP server, for the email ingestion row: loopback only, no loop guard in the way.
      SMTP_PORT: String(smtpPort),
      SMTP_HOST: '127.0.0.1',
      EMAIL_SENDER_RATE_LIMIT: '1000000',
      EMAIL_INGEST_CONCURRENCY: '8',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', killOnExit);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 60 s:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      const match = /Atiende is ready at http:\/\/[^:\s]+:(\d+)/.exec(log);
      if (!match?.[1] || child.pid === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.on('data', keep);
      resolve({ pid: child.pid, url: `http://127.0.0.1:${match[1]}`, smtpPort, output: () => log, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', keep);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it was ready:\n${log}`));
    });
  });
}
