import { randomUUID } from 'node:crypto';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import pino from 'pino';
import { inject } from 'vitest';
import type { CreateMailboxInput, Mailbox } from '@atiende/contracts';
import { startInboundSmtpServer, type InboundSmtpServer } from '../channels/email/inbound/smtp-server';
import type { IngestResult } from '../channels/email/ingest/inbound-status';
import type { IngestDeps } from '../channels/email/ingest/ingest-deps';
import { processInboundEmail } from '../channels/email/ingest/process-inbound-email';
import { storeRawEmail } from '../channels/email/store/store-raw-email';
import { createMailbox } from '../commands/email/create-mailbox';
import { startJobRunner, type JobRunner } from '../jobs/job-runner';
import { AttachmentStore } from '../lib/attachment-store';
import type { AuthContext } from '../lib/auth-context';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { startTestServer, type TestServer } from './test-server';

/** Reply domain used by every email test. */
export const REPLY_DOMAIN = 'reply.atiende.test';

export interface EmailHarness {
  server: TestServer;
  runner: JobRunner;
  /** The built-in SMTP server on a random loopback port, when asked for. */
  smtp: InboundSmtpServer | null;
  /** The outgoing relay (SMTP_RELAY_URL points at it). */
  sink: SmtpSink;
  deps: IngestDeps;
  close: () => Promise<void>;
}

/**
 * The email channel wired like production, on the suite's real PostgreSQL: the HTTP server, a job
 * runner on its own pg-boss schema (so other test files' runners never take these jobs), optionally
 * the built-in SMTP server, and a local SMTP sink as the relay. `ingestConcurrency: 0` leaves
 * inbound processing to the test (deterministic), while outbound mail is still sent by the runner.
 */
export async function startEmailHarness(
  options: { smtp?: boolean; ingestConcurrency?: number; env?: Record<string, string> } = {},
): Promise<EmailHarness> {
  const sink = await startSmtpSink();
  const schema = `jobs_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const server = await startTestServer({
    JOBS_SCHEMA: schema,
    SMTP_RELAY_URL: sink.url,
    EMAIL_REPLY_DOMAIN: REPLY_DOMAIN,
    EMAIL_INGEST_CONCURRENCY: String(options.ingestConcurrency ?? 4),
    DB_POOL_SIZE: '12',
    ...options.env,
  });
  const log = pino({ level: 'silent' });
  const store = new AttachmentStore(path.join(server.config.dataDir, 'attachments'));
  const email = server.config.email;
  const runner = await startJobRunner(
    inject('databaseUrl'),
    { database: server.database, store, email },
    log,
    {
      schema,
    },
  );
  const db = server.database.db;
  const smtp = options.smtp
    ? await startInboundSmtpServer({ db, jobs: runner.jobs, email, log, port: 0, host: '127.0.0.1' })
    : null;
  return {
    server,
    runner,
    smtp,
    sink,
    deps: { db, store, jobs: runner.jobs, email },
    close: async () => {
      await smtp?.close();
      await runner.stop();
      await sink.close();
      await server.close();
    },
  };
}

/** A mailbox through the real command, with a unique address. */
export function createTestMailbox(
  harness: EmailHarness,
  admin: AuthContext,
  overrides: Partial<CreateMailboxInput> = {},
): Promise<Mailbox> {
  return createMailbox(harness.server.database.db, admin, {
    name: 'Soporte',
    address: `soporte-${randomUUID().slice(0, 8)}@empresa.test`,
    fromName: 'Soporte Empresa',
    teamId: null,
    active: true,
    autoAcknowledge: false,
    autoAckTemplates: {},
    smtp: null,
    imap: null,
    ...overrides,
  });
}

/** Builds a real MIME message with nodemailer's composer. */
export function composeRaw(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer(mail).compile().build();
}

/**
 * Stores a raw message for a mailbox as the SMTP server would, then processes it right away (the
 * harness should run with `ingestConcurrency: 0`). Returns the inbound row id and the result.
 */
export async function deliver(
  harness: EmailHarness,
  mailbox: { id: string; address: string },
  workspaceId: string,
  raw: Buffer | string,
  envelopeTo: string[] = [mailbox.address],
): Promise<{ id: string | null; result: IngestResult | null }> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
  const [id] = await storeRawEmail(
    harness.server.database.db,
    harness.runner.jobs,
    [{ workspaceId, mailboxId: mailbox.id, recipients: envelopeTo }],
    { raw: bytes, source: 'smtp', envelopeFrom: 'sender@cliente.test' },
  );
  if (!id) return { id: null, result: null };
  return { id, result: await processInboundEmail(harness.deps, id) };
}
