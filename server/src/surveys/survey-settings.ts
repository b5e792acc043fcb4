import { eq } from 'drizzle-orm';
import type { SurveySettings } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { surveySettings } from '../db/schema';

/** What a workspace without a `survey_settings` row uses: the column defaults of the table. */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  csatEnabled: true,
  cesEnabled: false,
  npsEnabled: false,
  npsEveryDays: 90,
  sendDelayMinutes: 60,
  expiresAfterDays: 14,
};

/**
 * The workspace's survey settings: its row when it has one, otherwise the defaults (CSAT on, CES
 * and NPS off, sent an hour after solving, link valid 14 days), so no workspace needs a row.
 */
export async function surveySettingsOf(db: DbOrTx, workspaceId: string): Promise<SurveySettings> {
  const [row] = await db.select().from(surveySettings).where(eq(surveySettings.workspaceId, workspaceId));
  if (!row) return { ...DEFAULT_SURVEY_SETTINGS };
  return {
    csatEnabled: row.csatEnabled,
    cesEnabled: row.cesEnabled,
    npsEnabled: row.npsEnabled,
    npsEveryDays: row.npsEveryDays,
    sendDelayMinutes: row.sendDelayMinutes,
    expiresAfterDays: row.expiresAfterDays,
  };
}
