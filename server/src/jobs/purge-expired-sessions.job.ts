import { lt } from 'drizzle-orm';
import { loginAttempts, sessions } from '../db/schema';
import type { JobDefinition } from './job';

/** Deletes expired sessions and sign-in attempts older than a day (they only feed the rate limit). */
export const purgeExpiredSessionsJob: JobDefinition = {
  name: 'purge-expired-sessions',
  cron: '17 * * * *',
  retryLimit: 3,
  handler: async ({ database: { db } }) => {
    await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
    await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(Date.now() - 24 * 3600_000)));
  },
};
