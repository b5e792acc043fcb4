import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { spawnApp } from '../test/spawn-app';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atiende-embedded-'));
  await chmod(root, 0o755); // mkdtemp makes it private; as root, PostgreSQL runs as another user
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const port = () => 50000 + Math.floor(Math.random() * 4000);

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps data across a restart, with Spanish unaccented search available', async () => {
    const dataDir = path.join(root, 'restart');
    const first = await startEmbeddedPostgres({
      dataDir,
      port: port(),
      database: 'app',
      log: () => undefined,
    });
    await query(first.url, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$canción$$)');
    await first.stop();
    const second = await startEmbeddedPostgres({
      dataDir,
      port: port(),
      database: 'app',
      log: () => undefined,
    });
    expect(await query(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'canción' }]);
    await query(second.url, 'CREATE EXTENSION IF NOT EXISTS unaccent');
    expect(await query(second.url, "SELECT unaccent('acción') AS u")).toEqual([{ u: 'accion' }]);
    await second.stop();
  });

  it('starts after a crash left a stale postmaster.pid', async () => {
    const dataDir = path.join(root, 'stale');
    const db = await startEmbeddedPostgres({ dataDir, port: port(), database: 'app', log: () => undefined });
    await db.stop();
    // A pid that no longer exists, as after a power cut.
    await writeFile(path.join(dataDir, 'pg', 'postmaster.pid'), '999999\n/nonexistent\n');
    const again = await startEmbeddedPostgres({
      dataDir,
      port: port(),
      database: 'app',
      log: () => undefined,
    });
    expect(await query(again.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await again.stop();
  });

  it('recovers the server orphaned when the app is killed with SIGKILL, and stops cleanly on SIGTERM', async () => {
    const dataDir = path.join(root, 'app');
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port()),
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
    };
    const crashed = await spawnApp(env);
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const orphanPid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    await crashed.stop('SIGKILL');
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // still running, orphaned

    const restarted = await spawnApp({ ...env, EMBEDDED_PG_PORT: String(port()) });
    const health = await fetch(`${(restarted.url ?? '').replace('localhost', '127.0.0.1')}/healthz`);
    expect(health.status).toBe(200);
    expect(() => process.kill(orphanPid, 0)).toThrow();
    expect(await restarted.stop('SIGTERM')).toBe(0);
    expect(existsSync(pidFile)).toBe(false); // PostgreSQL shut down cleanly
  }, 90_000);
});
