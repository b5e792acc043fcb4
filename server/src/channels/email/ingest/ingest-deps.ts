import type { EmailConfig } from '../../../config';
import type { Db } from '../../../db/database';
import type { JobSender } from '../../../jobs/job-sender';
import type { AttachmentStore } from '../../../lib/attachment-store';

/** What processing an inbound message needs from the process. */
export interface IngestDeps {
  db: Db;
  store: AttachmentStore;
  jobs: JobSender;
  email: EmailConfig;
}
