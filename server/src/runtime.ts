import path from 'node:path';
import type { Logger } from 'pino';
import { buildWebApp, type WebApp } from './app';
import type { Config } from './config';
import { connectDatabase, type Database } from './db/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { runMigrations } from './db/migrate';
import { AttachmentStore } from './lib/attachment-store';
import { ensureJobQueues, startJobRunner, type JobRunner } from './jobs/job-runner';
import { startInboundSmtpServer, type InboundSmtpServer } from './channels/email/inbound/smtp-server';
import { seedOnFirstStart } from './seed/seed-on-first-start';

export interface Runtime {
  /** Base URL when this process serves HTTP (`web` or `all`), else null. */
  url: string | null;
  database: Database;
  web: WebApp | null;
  /** The built-in SMTP server (worker/all roles, SMTP_PORT > 0), else null. */
  smtp: InboundSmtpServer | null;
  seeded: boolean;
  stop: () => Promise<void>;
}

/**
 * Starts one Atiende process: the database (embedded unless DATABASE_URL is set), migrations, the
 * demo seed on a fresh install, then the roles asked for — HTTP/WebSocket (`web`), background
 * jobs (`worker`) or both (`all`). `stop()` undoes it in reverse order.
 */
export async function startRuntime(config: Config, log: Logger): Promise<Runtime> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      database: 'atiende',
      log: (message) => {
        log.debug({ component: 'postgres' }, message);
      },
    });
    databaseUrl = embedded.url;
    log.info({ dataDir: config.dataDir, port: config.embeddedPgPort }, 'embedded PostgreSQL started');
  }

  let database: Database | null = null;
  let jobs: JobRunner | null = null;
  let web: WebApp | null = null;
  let smtp: InboundSmtpServer | null = null;
  const stop = async () => {
    await smtp?.close().catch((error: unknown) => log.error({ err: error }, 'SMTP server close failed'));
    await web?.close().catch((error: unknown) => log.error({ err: error }, 'web close failed'));
    await jobs?.stop().catch((error: unknown) => log.error({ err: error }, 'job runner stop failed'));
    await database?.close().catch(() => undefined);
    await embedded?.stop();
  };

  try {
    await runMigrations(databaseUrl);
    database = connectDatabase(databaseUrl, config.dbPoolSize);
    const seeded = config.seedDemo ? await seedOnFirstStart(databaseUrl, database.db) : false;
    if (seeded) log.info('demo workspace "Distribuidora Andina" created');

    if (config.role !== 'web') {
      const store = new AttachmentStore(path.join(config.dataDir, 'attachments'));
      jobs = await startJobRunner(databaseUrl, { database, store, email: config.email }, log, {
        schema: config.jobsSchema,
      });
      if (config.email.smtpPort > 0) {
        smtp = await startInboundSmtpServer({
          db: database.db,
          jobs: jobs.jobs,
          email: config.email,
          log,
          port: config.email.smtpPort,
          host: config.email.smtpHost,
        }).catch((error: unknown) => {
          // An explicit SMTP_PORT must work; the default port may be taken (another instance, tests).
          if (config.email.smtpPortExplicit) throw error;
          log.error({ err: error, port: config.email.smtpPort }, 'SMTP server not started (set SMTP_PORT)');
          return null;
        });
      }
    } else {
      // A web-only process enqueues (email replies, retries): the queues must exist before a worker ran.
      await ensureJobQueues(databaseUrl, config.jobsSchema);
    }
    let url: string | null = null;
    if (config.role !== 'worker') {
      web = await buildWebApp(config, database, log);
      url = await web.listen();
    }
    return { url, database, web, smtp, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
