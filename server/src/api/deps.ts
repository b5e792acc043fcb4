import type { Config } from '../config';
import type { Database } from '../db/database';
import type { JobSender } from '../jobs/job-sender';
import type { AttachmentStore } from '../lib/attachment-store';
import type { Metrics } from './plugins/metrics';

/** What route modules need from the running process; passed explicitly, never imported globally. */
export interface ApiDeps {
  config: Config;
  database: Database;
  store: AttachmentStore;
  metrics: Metrics;
  /** Enqueues background jobs inside a request's transaction (JOBS_SCHEMA). */
  jobs: JobSender;
}
