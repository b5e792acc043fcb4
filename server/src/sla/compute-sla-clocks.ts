import type { SlaClockState, SlaMetric, SlaTargets, TicketPriority, TicketStatus } from '@atiende/contracts';
import { addBusinessSeconds, businessSecondsBetween, type CalendarSpec } from './business-time';

/** What the clocks of one ticket depend on, read from its row, status history and public replies. */
export interface SlaTicketFacts {
  createdAt: Date;
  priority: TicketPriority;
  status: TicketStatus;
  /** When the ticket was solved, if it is solved or closed now. */
  solvedAt: Date | null;
  /** ticket_stage_intervals rows of dimension 'status', ascending (endedAt null = current). */
  statusIntervals: { status: string; startedAt: Date; endedAt: Date | null }[];
  /** Public messages (kind 'reply') by the customer or an agent, ascending. */
  replies: { at: Date; by: 'customer' | 'agent' }[];
}

/** The parts of a policy the clocks need. */
export interface SlaPolicyRules {
  targets: SlaTargets;
  pauseStatuses: string[];
}

/** One clock as stored in `ticket_sla_clocks` (see the contract `SlaClock`). */
export interface ComputedSlaClock {
  metric: SlaMetric;
  state: SlaClockState;
  targetMinutes: number;
  startedAt: Date;
  dueAt: Date | null;
  remainingSeconds: number | null;
  stoppedAt: Date | null;
  breachedAt: Date | null;
}

const RESOLVED = new Set<string>(['solved', 'closed']);
const COUNTABLE = new Set<string>(['new', 'open', 'pending', 'on_hold']);

/** Instants (ms) at which the ticket entered solved or closed, ascending. */
function solveMoments(intervals: SlaTicketFacts['statusIntervals']): number[] {
  const moments: number[] = [];
  let previous: string | null = null;
  for (const interval of intervals) {
    if (RESOLVED.has(interval.status) && (previous === null || !RESOLVED.has(previous))) {
      moments.push(interval.startedAt.getTime());
    }
    previous = interval.status;
  }
  return moments;
}

function firstAtOrAfter(moments: number[], at: number): number | null {
  return moments.find((m) => m >= at) ?? null;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * A response clock (first or next response): counts working time from `start` to `stop` (the
 * agent's reply, or the ticket being solved without one) against the target; no pauses.
 */
function responseClock(
  metric: SlaMetric,
  targetMinutes: number,
  start: Date,
  stop: Date | null,
  calendar: CalendarSpec | null,
  now: Date,
): ComputedSlaClock {
  const due = addBusinessSeconds(calendar, start, targetMinutes * 60);
  const base = { metric, targetMinutes, startedAt: start, dueAt: due, stoppedAt: stop };
  const end = stop ?? now;
  // Stopping exactly at the due time meets the target; a running clock is late from the due time on.
  const late = stop ? stop.getTime() > due.getTime() : now.getTime() >= due.getTime();
  if (late) {
    const over = Math.round(businessSecondsBetween(calendar, due, end));
    return { ...base, state: 'breached', remainingSeconds: -over, breachedAt: due };
  }
  const left = Math.round(businessSecondsBetween(calendar, end, due));
  return { ...base, state: stop ? 'met' : 'running', remainingSeconds: left, breachedAt: null };
}

/**
 * The resolution clock: working time while the ticket is unresolved and not in a pause status
 * counts; time solved, closed, trashed or waiting (pause statuses) does not. It stops when the
 * ticket is solved (and resumes on reopening). While paused, `dueAt` is null and the remaining
 * time is kept; a clock already past its target stays breached, paused or not.
 */
function resolutionClock(
  targetMinutes: number,
  pauseStatuses: Set<string>,
  calendar: CalendarSpec | null,
  facts: SlaTicketFacts,
  intervals: SlaTicketFacts['statusIntervals'],
  now: Date,
): ComputedSlaClock {
  const targetSeconds = targetMinutes * 60;
  const stopped = RESOLVED.has(facts.status);
  let elapsed = 0;
  let reachedAt: Date | null = null;
  let projectedDue: Date | null = null;
  for (const interval of intervals) {
    if (!COUNTABLE.has(interval.status) || pauseStatuses.has(interval.status)) continue;
    const start = new Date(Math.max(interval.startedAt.getTime(), facts.createdAt.getTime()));
    const end = interval.endedAt ?? (stopped ? start : now);
    const seconds = businessSecondsBetween(calendar, start, end);
    if (reachedAt === null && elapsed + seconds > targetSeconds) {
      reachedAt = addBusinessSeconds(calendar, start, targetSeconds - elapsed);
    } else if (reachedAt === null && interval.endedAt === null) {
      // The current counting stretch: due when the rest of the target runs out from its start.
      projectedDue = addBusinessSeconds(calendar, start, targetSeconds - elapsed);
    }
    elapsed += seconds;
  }
  const remainingSeconds = Math.round(targetSeconds - elapsed);
  const base = { metric: 'resolution' as const, targetMinutes, startedAt: facts.createdAt };
  if (reachedAt) {
    const stoppedAt = stopped ? (facts.solvedAt ?? now) : null;
    return {
      ...base,
      state: 'breached',
      dueAt: reachedAt,
      remainingSeconds,
      stoppedAt,
      breachedAt: reachedAt,
    };
  }
  if (stopped) {
    const stoppedAt = facts.solvedAt ?? intervals[intervals.length - 1]?.startedAt ?? now;
    const dueAt = addBusinessSeconds(calendar, stoppedAt, targetSeconds - elapsed);
    return { ...base, state: 'met', dueAt, remainingSeconds, stoppedAt, breachedAt: null };
  }
  if (projectedDue) {
    if (projectedDue.getTime() <= now.getTime()) {
      return {
        ...base,
        state: 'breached',
        dueAt: projectedDue,
        remainingSeconds,
        stoppedAt: null,
        breachedAt: projectedDue,
      };
    }
    return {
      ...base,
      state: 'running',
      dueAt: projectedDue,
      remainingSeconds,
      stoppedAt: null,
      breachedAt: null,
    };
  }
  return { ...base, state: 'paused', dueAt: null, remainingSeconds, stoppedAt: null, breachedAt: null };
}

/** The latest next-response cycle: a customer reply after an agent reply, until the next agent reply. */
function latestNextResponseCycle(
  replies: SlaTicketFacts['replies'],
): { start: Date; reply: Date | null } | null {
  let agentSeen = false;
  let cycle: { start: Date; reply: Date | null } | null = null;
  for (const reply of replies) {
    if (reply.by === 'agent') {
      if (cycle?.reply === null) cycle.reply = reply.at;
      agentSeen = true;
    } else if (agentSeen && cycle?.reply !== null) {
      cycle = { start: reply.at, reply: null };
    }
  }
  return cycle;
}

/**
 * The clocks a policy sets on one ticket at `now`, from its facts alone (pure: no I/O, no clock).
 * - first_response: from creation to the first public agent reply (or the ticket being solved
 *   without one, which fulfils it).
 * - next_response: the latest cycle that starts with a customer reply following an agent reply
 *   and stops at the next agent reply (or at solving).
 * - resolution: from creation to solving, excluding time in the policy's pause statuses and time
 *   solved/closed (see `resolutionClock`).
 * A metric whose target for the ticket's priority is null gets no clock. Under a calendar only
 * working time counts. States: running, paused, met, breached (`breachedAt` = the missed due).
 */
export function computeSlaClocks(
  policy: SlaPolicyRules,
  calendar: CalendarSpec | null,
  facts: SlaTicketFacts,
  now: Date,
): ComputedSlaClock[] {
  const target = policy.targets[facts.priority];
  const intervals =
    facts.statusIntervals.length > 0
      ? facts.statusIntervals
      : [{ status: facts.status, startedAt: facts.createdAt, endedAt: null }];
  const solves = solveMoments(intervals);
  const clocks: ComputedSlaClock[] = [];

  if (target.firstResponseMinutes !== null) {
    const created = facts.createdAt.getTime();
    const reply = facts.replies.find((r) => r.by === 'agent' && r.at.getTime() >= created);
    const stop = earliest(reply ? reply.at.getTime() : null, firstAtOrAfter(solves, created));
    clocks.push(
      responseClock(
        'first_response',
        target.firstResponseMinutes,
        facts.createdAt,
        stop === null ? null : new Date(stop),
        calendar,
        now,
      ),
    );
  }

  if (target.nextResponseMinutes !== null) {
    const cycle = latestNextResponseCycle(facts.replies);
    if (cycle) {
      const stop = earliest(
        cycle.reply ? cycle.reply.getTime() : null,
        firstAtOrAfter(solves, cycle.start.getTime()),
      );
      clocks.push(
        responseClock(
          'next_response',
          target.nextResponseMinutes,
          cycle.start,
          stop === null ? null : new Date(stop),
          calendar,
          now,
        ),
      );
    }
  }

  if (target.resolutionMinutes !== null) {
    clocks.push(
      resolutionClock(
        target.resolutionMinutes,
        new Set(policy.pauseStatuses),
        calendar,
        facts,
        intervals,
        now,
      ),
    );
  }
  return clocks;
}
