import PgBoss from 'pg-boss';
import pg from 'pg';
import type { FastifyBaseLogger } from 'fastify';
import { loadConfig } from '../config';
import type { JobDefinition, JobDeps } from './job';
import { createJobSender, type JobSender } from './job-sender';
import { autoCloseSolvedTicketsJob } from './auto-close-solved-tickets.job';
import { pollImapJob } from './poll-imap.job';
import { processInboundEmailJob } from './process-inbound-email.job';
import { purgeExpiredSessionsJob } from './purge-expired-sessions.job';
import { purgeOrphanAttachmentsJob } from './purge-orphan-attachments.job';
import { purgeTrashedTicketsJob } from './purge-trashed-tickets.job';
import { runBulkOperationJob } from './run-bulk-operation.job';
import { refreshDailyStatsJob } from './refresh-daily-stats.job';
import { sendOutboundEmailJob } from './send-outbound-email.job';
import { slaCheckBreachesJob } from './sla-check-breaches.job';
import { slaRecomputeWorkspaceJob } from './sla-recompute-workspace.job';
import { sendSurveyInvitationsJob } from './send-survey-invitations.job';

/** Every job the worker runs. */
export const JOBS: JobDefinition[] = [
  purgeExpiredSessionsJob,
  purgeOrphanAttachmentsJob,
  processInboundEmailJob,
  sendOutboundEmailJob,
  pollImapJob,
  runBulkOperationJob,
  refreshDailyStatsJob,
  autoCloseSolvedTicketsJob,
  purgeTrashedTicketsJob,
  slaCheckBreachesJob,
  slaRecomputeWorkspaceJob,
  sendSurveyInvitationsJob,
];

export interface JobRunner {
  boss: PgBoss;
  /** Enqueues jobs in a caller's transaction, on this runner's schema. */
  jobs: JobSender;
  stop: () => Promise<void>;
}

/** Advisory lock serialising queue creation between processes. */
const QUEUE_LOCK = 7_402_002;

/**
 * Creates missing queues and updates the options of existing ones. pg-boss's createQueue runs DDL
 * that deadlocks when several processes start at once (two web processes, web + worker), so the
 * work is serialised across processes with an advisory lock.
 */
async function createQueues(url: string, boss: PgBoss): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_LOCK]);
    for (const job of JOBS) {
      const options = {
        retryLimit: job.retryLimit,
        retryBackoff: true,
        ...(job.retryDelaySeconds ? { retryDelay: job.retryDelaySeconds } : {}),
        ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
      };
      if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, { name: job.name, ...options });
      else await boss.createQueue(job.name, { name: job.name, ...options });
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [QUEUE_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Creates pg-boss's tables and every queue without working any of them, so a `web`-only process
 * can enqueue (jobs sent to a queue that does not exist would fail) before any worker started.
 */
export async function ensureJobQueues(url: string, schema = 'pgboss'): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema, max: 1, supervise: false, schedule: false });
  await boss.start();
  try {
    await createQueues(url, boss);
  } finally {
    await boss.stop({ graceful: false, timeout: 1000 });
  }
}

/**
 * Starts pg-boss in the worker role: creates the queues, registers the schedules (pg-boss keeps one
 * schedule per queue, so several workers do not multiply them) and the handlers. Failures are
 * retried; a job that fails for good stays in pg-boss's tables with its error. Batched queues run
 * their jobs concurrently and complete or fail each one on its own.
 */
export async function startJobRunner(
  url: string,
  input: JobDeps,
  log: FastifyBaseLogger,
  options: { schema?: string } = {},
): Promise<JobRunner> {
  const schema = options.schema ?? 'pgboss';
  const boss = new PgBoss({ connectionString: url, schema, max: 4 });
  boss.on('error', (error) => {
    log.error({ err: error }, 'job runner error');
  });
  const jobs = createJobSender(schema);
  const deps: JobDeps = { ...input, jobs, email: input.email ?? loadConfig({}).email };
  await boss.start();
  await createQueues(url, boss);
  for (const job of JOBS) {
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    const batchSize = typeof job.batchSize === 'function' ? job.batchSize(deps) : (job.batchSize ?? 1);
    if (batchSize < 1) continue;
    let workerId = '';
    workerId = await boss.work<object>(
      job.name,
      {
        batchSize,
        includeMetadata: true,
        ...(job.pollingIntervalSeconds ? { pollingIntervalSeconds: job.pollingIntervalSeconds } : {}),
      },
      async (items) => {
        await Promise.all(
          items.map(async (item) => {
            log.debug({ job: job.name, id: item.id }, 'job started');
            try {
              await job.handler(deps, item.data, {
                id: item.id,
                retryCount: item.retryCount,
                retryLimit: item.retryLimit,
              });
            } catch (error) {
              log.warn({ err: error, job: job.name, id: item.id }, 'job failed');
              // Fails only this job (retried per its queue); pg-boss then completes the others.
              await boss.fail(job.name, item.id, {
                message: error instanceof Error ? error.message : String(error),
              });
            }
          }),
        );
        // A full batch means more are waiting: fetch again now instead of after the polling interval.
        if (items.length >= batchSize) boss.notifyWorker(workerId);
      },
    );
  }
  return {
    boss,
    jobs,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
