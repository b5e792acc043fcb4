import type { FieldChange, SurveySettings, UpdateSurveySettingsInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { surveySettings } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { surveySettingsOf } from '../../surveys/survey-settings';

/**
 * Changes the workspace's survey settings (`surveys.manage`, admins): which questions are asked,
 * the NPS interval, the delay after solving and how long links stay valid. Fields left out keep
 * their value; the first change creates the workspace's row from the defaults. Invitations
 * already scheduled keep the questions and times they were given. A real change records
 * `survey_settings.updated` (entity = the workspace) with one change per setting, so the audit
 * trail says who turned a survey off and other admins' screens refresh. Returns the settings after.
 */
export async function updateSurveySettings(
  db: DbOrTx,
  ctx: AuthContext,
  input: UpdateSurveySettingsInput,
): Promise<SurveySettings> {
  authorize(ctx, 'surveys.manage');
  return db.transaction(async (tx) => {
    const before = await surveySettingsOf(tx, ctx.workspaceId);
    const after: SurveySettings = {
      csatEnabled: input.csatEnabled ?? before.csatEnabled,
      cesEnabled: input.cesEnabled ?? before.cesEnabled,
      npsEnabled: input.npsEnabled ?? before.npsEnabled,
      npsEveryDays: input.npsEveryDays ?? before.npsEveryDays,
      sendDelayMinutes: input.sendDelayMinutes ?? before.sendDelayMinutes,
      expiresAfterDays: input.expiresAfterDays ?? before.expiresAfterDays,
    };
    await tx
      .insert(surveySettings)
      .values({ workspaceId: ctx.workspaceId, ...after })
      .onConflictDoUpdate({ target: surveySettings.workspaceId, set: { ...after, updatedAt: new Date() } });
    const changes: FieldChange[] = (Object.keys(after) as (keyof SurveySettings)[])
      .filter((field) => after[field] !== before[field])
      .map((field) => ({ field, from: before[field], to: after[field] }));
    if (changes.length > 0) {
      await recordEvent(tx, ctx, { type: 'survey_settings.updated', entityId: ctx.workspaceId, changes });
    }
    return after;
  });
}
