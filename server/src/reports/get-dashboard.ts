import { sql } from 'drizzle-orm';
import {
  Channel,
  TicketPriority,
  TicketStatus,
  type Dashboard,
  type DashboardQuery,
} from '@atiende/contracts';
import type { Db } from '../db/database';
import type { AuthContext } from '../lib/auth-context';
import { authorize } from '../policies/abilities';
import { dashboardActivityStatement, dashboardBacklogStatement } from './dashboard-statements';
import { addDays, daysBetween } from './local-days';
import { ensureRolledUp } from './rollup-daily-stats';
import { slaCompliance } from './sla-compliance';
import { surveySummary } from '../queries/survey-summary';

interface ActivityRow extends Record<string, unknown> {
  day: string | null;
  channel: string | null;
  priority: string | null;
  grouping: number;
  created: number;
  solved: number;
  resolution_seconds: number;
  first_responses: number;
  first_response_seconds: number;
  first_responses_within_1h: number;
}

// GROUPING(day, channel, priority) bit masks: 1 = priority rolled up, 2 = channel, 4 = day.
const BY_DAY = 0b011;
const BY_CHANNEL = 0b101;
const BY_PRIORITY = 0b110;
const TOTAL = 0b111;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The support dashboard for the last `days` local days (today included) of the caller's workspace.
 * Past days are read from the daily rollup (filled on first use, kept fresh by the
 * refresh-daily-stats job); today is aggregated live, so the numbers are current to the request.
 */
export async function getDashboard(db: Db, ctx: AuthContext, query: DashboardQuery): Promise<Dashboard> {
  authorize(ctx, 'tickets.read');
  const clock = await db.execute<{ timezone: string; today: string; start: Date }>(sql`
    SELECT timezone, (now() AT TIME ZONE timezone)::date::text AS today,
           (((now() AT TIME ZONE timezone)::date - ${query.days - 1}::int)::timestamp AT TIME ZONE timezone) AS start
      FROM workspaces WHERE id = ${ctx.workspaceId}`);
  const { timezone, today, start } = clock.rows[0] ?? {
    timezone: 'UTC',
    today: new Date().toISOString().slice(0, 10),
    start: new Date(Date.now() - query.days * 86_400_000),
  };
  const fromDay = addDays(today, 1 - query.days);
  await ensureRolledUp(db, ctx.workspaceId, timezone, fromDay, addDays(today, -1));

  // Surveys and SLA clocks are read live over the same local-day window, up to now.
  const windowStart = new Date(start);
  const windowEnd = new Date(Date.now() + 60_000);
  const [activity, backlog, sla, satisfaction] = await Promise.all([
    db.execute<ActivityRow>(dashboardActivityStatement(ctx.workspaceId, timezone, fromDay, today)),
    db.execute<{ status: string; priority: string; count: number }>(
      dashboardBacklogStatement(ctx.workspaceId),
    ),
    slaCompliance(db, ctx.workspaceId, windowStart, windowEnd),
    surveySummary(db, { workspaceId: ctx.workspaceId, from: windowStart, to: windowEnd }),
  ]);
  const rows = activity.rows;
  const perDay = new Map(rows.filter((r) => r.grouping === BY_DAY && r.day).map((r) => [r.day, r]));
  const total = rows.find((r) => r.grouping === TOTAL);

  return {
    from: fromDay,
    to: today,
    timezone,
    days: daysBetween(fromDay, today).map((day) => {
      const r = perDay.get(day);
      return {
        day,
        created: r?.created ?? 0,
        solved: r?.solved ?? 0,
        firstResponses: r?.first_responses ?? 0,
      };
    }),
    totals: {
      created: total?.created ?? 0,
      solved: total?.solved ?? 0,
      firstResponses: total?.first_responses ?? 0,
      avgFirstResponseSeconds: ratio(total?.first_response_seconds ?? 0, total?.first_responses ?? 0),
      firstResponseWithin1h: ratio(total?.first_responses_within_1h ?? 0, total?.first_responses ?? 0),
      avgResolutionSeconds: ratio(total?.resolution_seconds ?? 0, total?.solved ?? 0),
    },
    createdByChannel: rows
      .filter((r) => r.grouping === BY_CHANNEL && r.created > 0)
      .flatMap((r) => {
        const channel = Channel.safeParse(r.channel);
        return channel.success ? [{ channel: channel.data, count: r.created }] : [];
      }),
    createdByPriority: rows
      .filter((r) => r.grouping === BY_PRIORITY && r.created > 0)
      .flatMap((r) => {
        const priority = TicketPriority.safeParse(r.priority);
        return priority.success ? [{ priority: priority.data, count: r.created }] : [];
      }),
    backlog: backlog.rows.flatMap((r) => {
      const status = TicketStatus.safeParse(r.status);
      const priority = TicketPriority.safeParse(r.priority);
      return status.success && priority.success
        ? [{ status: status.data, priority: priority.data, count: r.count }]
        : [];
    }),
    sla,
    satisfaction,
    generatedAt: new Date().toISOString(),
  };
}
