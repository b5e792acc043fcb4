import { z } from 'zod';
import { processInboundEmail } from '../channels/email/ingest/process-inbound-email';
import { EMAIL_QUEUES } from '../channels/email/queues';
import { runnerDeps, type JobDefinition } from './job';

const Payload = z.object({ inboundEmailId: z.uuid(), force: z.boolean().optional() });

/**
 * Processes one stored inbound email (enqueued with the raw row by the SMTP server, the IMAP poller
 * or an admin's retry). One job per message: a bad message fails alone. Jobs are fetched in
 * batches of EMAIL_INGEST_CONCURRENCY and run concurrently; 0 leaves the queue to other processes.
 */
export const processInboundEmailJob: JobDefinition = {
  name: EMAIL_QUEUES.processInbound,
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 300,
  batchSize: (deps) => deps.email?.ingestConcurrency ?? 4,
  pollingIntervalSeconds: 0.5,
  handler: async (deps, payload) => {
    const { database, store, jobs, email } = runnerDeps(deps);
    const { inboundEmailId, force } = Payload.parse(payload);
    await processInboundEmail({ db: database.db, store, jobs, email }, inboundEmailId, {
      force: force ?? false,
    });
  },
};
