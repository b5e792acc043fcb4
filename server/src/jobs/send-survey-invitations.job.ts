import { loadConfig } from '../config';
import { sendDueSurveyInvitations } from '../surveys/send-survey-invitations';
import { runnerDeps, type JobDefinition } from './job';

let publicUrl: string | undefined;

/** PUBLIC_URL of this process (the job deps carry only the email settings). */
function configuredPublicUrl(): string {
  publicUrl ??= loadConfig(process.env).publicUrl;
  return publicUrl;
}

/**
 * Every minute: emails the satisfaction surveys that are due (see sendDueSurveyInvitations). A run
 * with transient send failures fails after trying every invitation, so pg-boss retries it with
 * backoff; the invitations that failed are still due then (and at the next minute anyway).
 */
export const sendSurveyInvitationsJob: JobDefinition = {
  name: 'send-survey-invitations',
  cron: '* * * * *',
  retryLimit: 3,
  retryDelaySeconds: 20,
  expireInSeconds: 600,
  handler: async (deps) => {
    const { database, store, email } = runnerDeps(deps);
    const report = await sendDueSurveyInvitations({
      db: database.db,
      store,
      email,
      publicUrl: configuredPublicUrl(),
    });
    if (report.failed > 0) {
      throw new Error(
        `${report.failed} survey invitation(s) could not be sent: ${report.errors.slice(0, 5).join('; ')}`,
      );
    }
  },
};
