import type { Database } from '../db/database';
import type { AttachmentStore } from '../lib/attachment-store';

export interface JobDeps {
  database: Database;
  store: AttachmentStore;
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
  handler: (deps: JobDeps, payload: Payload) => Promise<void>;
}
