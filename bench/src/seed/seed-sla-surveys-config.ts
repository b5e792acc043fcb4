import type pg from 'pg';
import { BENCH_CALENDAR, benchPolicies } from '../gen/sla-config';
import { stableUuid } from '../gen/random';
import { BENCH_SURVEY_SETTINGS } from '../gen/survey-plan';

/**
 * The bench workspace's business calendar, its two SLA policies and its survey settings, with
 * fixed ids so a resumed seed finds them (idempotent: existing rows are left alone).
 */
export async function insertSlaAndSurveyConfig(
  client: pg.ClientBase,
  workspaceId: string,
  slug: string,
  createdAtMs: number,
): Promise<void> {
  const createdAt = new Date(createdAtMs).toISOString();
  const calendarId = stableUuid(slug, 'calendar');
  await client.query(
    `INSERT INTO business_calendars (id, workspace_id, name, time_zone, hours, holidays, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (id) DO NOTHING`,
    [
      calendarId,
      workspaceId,
      BENCH_CALENDAR.name,
      BENCH_CALENDAR.timeZone,
      JSON.stringify(BENCH_CALENDAR.hours),
      JSON.stringify(BENCH_CALENDAR.holidays),
      createdAt,
    ],
  );
  for (const p of benchPolicies(slug)) {
    await client.query(
      `INSERT INTO sla_policies (id, workspace_id, name, description, position, active, calendar_id,
                                 conditions, targets, pause_statuses, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, true, $6, $7, $8, $9, $10, $10) ON CONFLICT (id) DO NOTHING`,
      [
        p.id,
        workspaceId,
        p.name,
        p.description,
        p.position,
        p.usesCalendar ? calendarId : null,
        JSON.stringify(p.conditions),
        JSON.stringify(p.targets),
        p.pauseStatuses,
        createdAt,
      ],
    );
  }
  const s = BENCH_SURVEY_SETTINGS;
  await client.query(
    `INSERT INTO survey_settings (workspace_id, csat_enabled, ces_enabled, nps_enabled, nps_every_days,
                                  send_delay_minutes, expires_after_days)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (workspace_id) DO NOTHING`,
    [
      workspaceId,
      s.csatEnabled,
      s.cesEnabled,
      s.npsEnabled,
      s.npsEveryDays,
      s.sendDelayMinutes,
      s.expiresAfterDays,
    ],
  );
}
