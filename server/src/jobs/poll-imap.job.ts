import { pollAllImapMailboxes } from '../channels/email/inbound/imap-poller';
import { EMAIL_QUEUES } from '../channels/email/queues';
import { runnerDeps, type JobDefinition } from './job';

/**
 * Every minute: fetches new mail of every mailbox with IMAP settings (pg-boss runs one schedule
 * for all workers). A failing mailbox records its error and does not stop the others.
 */
export const pollImapJob: JobDefinition = {
  name: EMAIL_QUEUES.pollImap,
  cron: '* * * * *',
  retryLimit: 0,
  expireInSeconds: 600,
  handler: async (deps) => {
    const { database, jobs } = runnerDeps(deps);
    await pollAllImapMailboxes({ db: database.db, jobs }, () => undefined);
  },
};
