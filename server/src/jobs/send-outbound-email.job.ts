import { z } from 'zod';
import { sendOutboundEmail } from '../channels/email/outbound/send-outbound-email';
import { EMAIL_QUEUES } from '../channels/email/queues';
import { runnerDeps, type JobDefinition } from './job';

const Payload = z.object({ outboundEmailId: z.uuid() });

/**
 * Sends one outbound email (agent reply or acknowledgement) through SMTP. Transient failures are
 * retried with backoff (5 s, 10 s, 20 s, …); after the last try, or on a permanent SMTP refusal,
 * the message's delivery status becomes `failed` with the error.
 */
export const sendOutboundEmailJob: JobDefinition = {
  name: EMAIL_QUEUES.sendOutbound,
  retryLimit: 5,
  retryDelaySeconds: 5,
  expireInSeconds: 300,
  batchSize: 4,
  pollingIntervalSeconds: 1,
  handler: async (deps, payload, meta) => {
    const { database, store, email } = runnerDeps(deps);
    const { outboundEmailId } = Payload.parse(payload);
    await sendOutboundEmail({ db: database.db, store, email }, outboundEmailId, {
      last: meta ? meta.retryCount >= meta.retryLimit : true,
    });
  },
};
