import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { runMigrations } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Starts one real embedded PostgreSQL for the whole server suite (fresh cluster in a temp dir)
 * and migrates it. Tests isolate themselves by creating their own workspaces, so they run in
 * parallel without truncating anything. TEST_DATABASE_URL runs the suite against an external server.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await runMigrations(external);
    project.provide('databaseUrl', external);
    return undefined;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atiende-test-'));
  const port = 55000 + Math.floor(Math.random() * 4000);
  const db = await startEmbeddedPostgres({
    dataDir: dir,
    port,
    database: 'atiende_test',
    log: () => undefined,
  });
  await runMigrations(db.url);
  project.provide('databaseUrl', db.url);
  return async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
