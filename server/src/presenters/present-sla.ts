import {
  SlaConditions,
  StatusCategory,
  type BusinessCalendar,
  type SlaClock,
  type SlaPolicy,
  type SlaRecomputeRun,
  type TicketSla,
} from '@atiende/contracts';
import type { businessCalendars, slaPolicies, slaRecomputeRuns, ticketSlaClocks } from '../db/schema';
import { businessSecondsBetween, type CalendarSpec } from '../sla/business-time';

type CalendarRow = typeof businessCalendars.$inferSelect;
type PolicyRow = typeof slaPolicies.$inferSelect;
type RunRow = typeof slaRecomputeRuns.$inferSelect;
type ClockRow = typeof ticketSlaClocks.$inferSelect;

/** The only way a business calendar leaves the server. */
export function presentBusinessCalendar(row: CalendarRow): BusinessCalendar {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    hours: row.hours,
    holidays: row.holidays,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The only way an SLA policy leaves the server, with its calendar's name for display. */
export function presentSlaPolicy(row: PolicyRow, calendar: { id: string; name: string } | null): SlaPolicy {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    position: row.position,
    active: row.active,
    calendar,
    conditions: SlaConditions.parse(row.conditions),
    targets: row.targets,
    pauseStatuses: row.pauseStatuses.filter((s) => StatusCategory.safeParse(s).success) as StatusCategory[],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The only way a recompute run (progress of applying a policy change) leaves the server. */
export function presentSlaRecomputeRun(row: RunRow): SlaRecomputeRun {
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    done: row.done,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

/**
 * One clock as of `now`: a counting clock's remaining working time is computed at request time
 * (negative once past due, when it also shows as breached even before the breach job ran);
 * stopped and paused clocks show what was stored.
 */
export function presentSlaClock(row: ClockRow, calendar: CalendarSpec | null, now: Date): SlaClock {
  let state = row.state;
  let remainingSeconds = row.remainingSeconds;
  let breachedAt = row.breachedAt;
  if (row.stoppedAt === null && row.dueAt !== null && state !== 'paused') {
    if (now.getTime() >= row.dueAt.getTime()) {
      state = 'breached';
      breachedAt = row.dueAt;
      remainingSeconds = -Math.round(businessSecondsBetween(calendar, row.dueAt, now));
    } else {
      remainingSeconds = Math.round(businessSecondsBetween(calendar, now, row.dueAt));
    }
  }
  return {
    metric: row.metric,
    state,
    targetMinutes: row.targetMinutes,
    startedAt: row.startedAt.toISOString(),
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    remainingSeconds,
    stoppedAt: row.stoppedAt ? row.stoppedAt.toISOString() : null,
    breachedAt: breachedAt ? breachedAt.toISOString() : null,
  };
}

const METRIC_ORDER = { first_response: 0, next_response: 1, resolution: 2 } as const;

/** A ticket's SLA panel: the policy that set its clocks, the calendar they count in, the clocks. */
export function presentTicketSla(
  policy: { id: string; name: string } | null,
  calendar: (CalendarSpec & { id: string; name: string }) | null,
  clocks: ClockRow[],
  now: Date,
): TicketSla {
  return {
    policy,
    calendar: calendar ? { id: calendar.id, name: calendar.name, timeZone: calendar.timeZone } : null,
    clocks: [...clocks]
      .sort((a, b) => METRIC_ORDER[a.metric] - METRIC_ORDER[b.metric])
      .map((clock) => presentSlaClock(clock, calendar, now)),
  };
}
