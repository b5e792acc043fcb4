import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { inject } from 'vitest';
import { startJobRunner, type JobRunner } from '../jobs/job-runner';
import { AttachmentStore } from '../lib/attachment-store';
import { startTestServer, type TestServer } from './test-server';

export interface TestServerWithWorker {
  server: TestServer;
  runner: JobRunner;
  close: () => Promise<void>;
}

/**
 * The real HTTP server plus a real pg-boss worker on the same database, for tests of work that
 * goes through a queue (bulk actions, SLA recomputes). The pair gets a pg-boss schema of its own,
 * so a test file's jobs are never picked up by another file's worker running in parallel.
 */
export async function startTestServerWithWorker(): Promise<TestServerWithWorker> {
  const schema = `jobs_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const server = await startTestServer({ JOBS_SCHEMA: schema, DB_POOL_SIZE: '8' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atiende-worker-'));
  const runner = await startJobRunner(
    inject('databaseUrl'),
    { database: server.database, store: new AttachmentStore(dir) },
    pino({ level: 'silent' }),
    { schema },
  );
  return {
    server,
    runner,
    close: async () => {
      await runner.stop();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
