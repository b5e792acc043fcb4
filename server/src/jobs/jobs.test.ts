import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { connectDatabase, type Database } from '../db/database';
import { sessions } from '../db/schema';
import { AttachmentStore } from '../lib/attachment-store';
import { createTestWorkspace } from '../test/factories';
import { startJobRunner, type JobRunner } from './job-runner';
import { purgeExpiredSessionsJob } from './purge-expired-sessions.job';

let database: Database;
let runner: JobRunner;
let dir: string;

beforeAll(async () => {
  database = connectDatabase(inject('databaseUrl'), 3);
  dir = await mkdtemp(path.join(os.tmpdir(), 'atiende-jobs-'));
  runner = await startJobRunner(
    inject('databaseUrl'),
    { database, store: new AttachmentStore(dir) },
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await runner.stop();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('background jobs on pg-boss', () => {
  it('registers every scheduled job', async () => {
    const schedules = await runner.boss.getSchedules();
    expect(schedules.map((s) => s.name)).toEqual(
      expect.arrayContaining(['purge-expired-sessions', 'purge-orphan-attachments']),
    );
  });

  it('runs a queued job in the worker: expired sessions are purged, live ones kept', async () => {
    const ws = await createTestWorkspace(database.db);
    const base = { workspaceId: ws.id, agentId: ws.agent.id, csrfToken: 'x' };
    await database.db.insert(sessions).values([
      { ...base, id: `expired-${ws.id}`, expiresAt: new Date(Date.now() - 1000) },
      { ...base, id: `live-${ws.id}`, expiresAt: new Date(Date.now() + 3600_000) },
    ]);
    const jobId = await runner.boss.send(purgeExpiredSessionsJob.name, {});
    expect(jobId).toBeTruthy();
    let state: string | undefined;
    for (let i = 0; i < 100 && state !== 'completed' && state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      state = (await runner.boss.getJobById(purgeExpiredSessionsJob.name, jobId ?? ''))?.state;
    }
    expect(state).toBe('completed');
    const left = await database.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.workspaceId, ws.id));
    expect(left.map((s) => s.id)).toEqual([`live-${ws.id}`]);
    const [{ n } = { n: 0 }] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(sql`expires_at < now()`);
    expect(n).toBe(0);
  });
});
