import { checkSlaBreaches } from '../sla/check-breaches';
import type { JobDefinition } from './job';

/** Every minute: running SLA clocks past their due time become breached, with a history event. */
export const slaCheckBreachesJob: JobDefinition = {
  name: 'sla-check-breaches',
  cron: '* * * * *',
  retryLimit: 1,
  expireInSeconds: 300,
  handler: async ({ database: { db } }) => {
    await checkSlaBreaches(db);
  },
};
