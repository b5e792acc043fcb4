import type { EmailConfig } from '../config';
import type { Database } from '../db/database';
import type { AttachmentStore } from '../lib/attachment-store';
import type { JobSender } from './job-sender';

export interface JobDeps {
  database: Database;
  store: AttachmentStore;
  /** Enqueues follow-up jobs in a transaction (same pg-boss schema as the runner); set by the runner. */
  jobs?: JobSender;
  /** Email channel settings; set by the runner (from the environment when not given). */
  email?: EmailConfig;
}

/** The runner-provided parts of JobDeps, for jobs that need them. */
export function runnerDeps(deps: JobDeps): Required<JobDeps> {
  const { jobs, email } = deps;
  if (!jobs || !email) throw new Error('This job needs `jobs` and `email` deps (provided by startJobRunner)');
  return { ...deps, jobs, email };
}

/** Where a job is in its retries, for handlers that must know whether this is the last attempt. */
export interface JobMeta {
  id: string;
  retryCount: number;
  retryLimit: number;
}

/**
 * A background job: a pg-boss queue with its handler. Handlers must be idempotent: pg-boss retries
 * a failed job (`retryLimit`), and a job may run again after a crash.
 */
export interface JobDefinition<Payload extends object = object> {
  name: string;
  /** Cron expression (UTC) when the job runs on a schedule. */
  cron?: string;
  retryLimit: number;
  /** Seconds between retries (doubling with backoff). */
  retryDelaySeconds?: number;
  /** An active job older than this is considered crashed and retried. */
  expireInSeconds?: number;
  /**
   * Jobs fetched per poll and run concurrently, each completing or failing on its own (one bad
   * job never fails its neighbours). 0 = this process does not work this queue. Default 1.
   */
  batchSize?: number | ((deps: JobDeps) => number);
  /** Default 2 seconds; pg-boss accepts down to 0.5. */
  pollingIntervalSeconds?: number;
  handler: (deps: JobDeps, payload: Payload, meta?: JobMeta) => Promise<void>;
}
