import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { inject } from 'vitest';
import { buildWebApp, type WebApp } from '../app';
import { loadConfig, type Config } from '../config';
import { connectDatabase, type Database } from '../db/database';

export interface TestServer {
  url: string;
  web: WebApp;
  database: Database;
  config: Config;
  close: () => Promise<void>;
}

/**
 * The real HTTP server on a random loopback port, on the suite's real PostgreSQL, with its own
 * data folder for attachments. `env` overrides configuration (e.g. tighter limits).
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'atiende-data-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: inject('databaseUrl'),
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: '5',
    WEB_DIST_DIR: path.join(dataDir, 'no-web-build'),
    ...env,
  });
  const database = connectDatabase(inject('databaseUrl'), config.dbPoolSize);
  const web = await buildWebApp(config, database, pino({ level: 'silent' }));
  const url = (await web.listen()).replace('localhost', '127.0.0.1');
  return {
    url,
    web,
    database,
    config,
    close: async () => {
      await web.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
