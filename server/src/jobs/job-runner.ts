import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { JobDefinition, JobDeps } from './job';
import { purgeExpiredSessionsJob } from './purge-expired-sessions.job';
import { purgeOrphanAttachmentsJob } from './purge-orphan-attachments.job';

/** Every job the worker runs. */
export const JOBS: JobDefinition[] = [purgeExpiredSessionsJob, purgeOrphanAttachmentsJob];

export interface JobRunner {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/**
 * Starts pg-boss in the worker role: creates the queues, registers the schedules (pg-boss keeps one
 * schedule per queue, so several workers do not multiply them) and the handlers. Failures are
 * retried; a job that fails for good stays in pg-boss's tables with its error.
 */
export async function startJobRunner(url: string, deps: JobDeps, log: FastifyBaseLogger): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', (error) => {
    log.error({ err: error }, 'job runner error');
  });
  await boss.start();
  for (const job of JOBS) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit, retryBackoff: true });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    await boss.work<object>(job.name, async ([item]) => {
      if (!item) return;
      log.debug({ job: job.name, id: item.id }, 'job started');
      await job.handler(deps, item.data);
    });
  }
  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
