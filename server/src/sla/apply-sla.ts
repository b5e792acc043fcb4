import type { SlaMetric } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { computeSlaClocks, type ComputedSlaClock, type SlaTicketFacts } from './compute-sla-clocks';
import { loadSlaFacts, type StoredClockTuple, type TicketFactsRow } from './load-sla-facts';
import { matchPolicy } from './match-policy';
import { recordSlaBreaches } from './record-breach-events';
import { writeSlaClocks, type TicketSlaWrite } from './write-sla-clocks';

/** A clock that became breached in this recompute (it was not breached before). */
export interface SlaBreach {
  ticketId: string;
  metric: SlaMetric;
  dueAt: Date;
}

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));
const time = (d: Date | null): number | null => (d ? d.getTime() : null);

function factsOf(ticket: TicketFactsRow): SlaTicketFacts {
  return {
    createdAt: new Date(ticket.createdAt),
    priority: ticket.priority,
    status: ticket.status,
    solvedAt: ticket.status === 'solved' || ticket.status === 'closed' ? date(ticket.solvedAt) : null,
    statusIntervals: (ticket.intervals ?? []).map(([status, startedAt, endedAt]) => ({
      status,
      startedAt: new Date(startedAt),
      endedAt: date(endedAt),
    })),
    replies: (ticket.replies ?? []).map(([at, author]) => ({
      at: new Date(at),
      by: author === 'agent' ? ('agent' as const) : ('customer' as const),
    })),
  };
}

/**
 * Whether a stored clock already says what the computed one says. The remaining time of a
 * counting clock changes every second and is only informative, so it is compared only when the
 * clock is stopped or paused; everything else must be equal.
 */
function sameClock(stored: StoredClockTuple, clock: ComputedSlaClock, policyId: string | null): boolean {
  const [, storedPolicy, state, target, startedAt, dueAt, remaining, stoppedAt, breachedAt] = stored;
  const stable = clock.stoppedAt !== null || clock.state === 'paused';
  return (
    storedPolicy === policyId &&
    state === clock.state &&
    target === clock.targetMinutes &&
    startedAt === clock.startedAt.getTime() &&
    dueAt === time(clock.dueAt) &&
    stoppedAt === time(clock.stoppedAt) &&
    breachedAt === time(clock.breachedAt) &&
    (!stable || remaining === clock.remainingSeconds)
  );
}

/**
 * A solved or closed ticket none of whose clocks still counts is history: its clocks are what
 * reports read, so later events (auto-close, a tag edit) and later policy changes never rewrite
 * them. Solving itself is not skipped: the clocks were still counting when the ticket was solved.
 */
function isSettledHistory(ticket: TicketFactsRow): boolean {
  if (ticket.status !== 'solved' && ticket.status !== 'closed') return false;
  return (ticket.clocks ?? []).every(([, , , , , , , stoppedAt]) => stoppedAt !== null);
}

/** The ticket columns the clocks imply (see `tickets.sla_*`). */
function ticketColumns(
  clocks: ComputedSlaClock[],
  previousBreach: number | null,
): Pick<TicketSlaWrite, 'slaDueAt' | 'slaPaused' | 'slaBreachedAt'> {
  let due: number | null = null;
  let paused = false;
  let breach = previousBreach;
  for (const clock of clocks) {
    if (clock.stoppedAt === null && clock.state !== 'paused' && clock.dueAt) {
      due = due === null ? clock.dueAt.getTime() : Math.min(due, clock.dueAt.getTime());
    }
    if (clock.state === 'paused') paused = true;
    if (clock.breachedAt) {
      breach = breach === null ? clock.breachedAt.getTime() : Math.min(breach, clock.breachedAt.getTime());
    }
  }
  return { slaDueAt: date(due), slaPaused: due === null && paused, slaBreachedAt: date(breach) };
}

/**
 * Recomputes the clocks of these tickets of one workspace and stores what changed, returning the
 * clocks that became breached (for the caller to record `ticket.sla_breached`). Two statements at
 * most whatever the number of tickets: one read (`loadSlaFacts`) and, only when something changed,
 * one write (`writeSlaClocks`). A trashed ticket, or one no active policy matches, loses its clocks;
 * a solved or closed ticket whose clocks all stopped keeps them unchanged (see `isSettledHistory`).
 */
export async function applySla(
  db: DbOrTx,
  workspaceId: string,
  ticketIds: string[],
  now: Date = new Date(),
): Promise<SlaBreach[]> {
  if (ticketIds.length === 0) return [];
  const facts = await loadSlaFacts(db, workspaceId, ticketIds);
  const writes: TicketSlaWrite[] = [];
  const breaches: SlaBreach[] = [];
  for (const ticket of facts.tickets) {
    if (isSettledHistory(ticket)) continue;
    const policy = ticket.status === 'trashed' ? null : matchPolicy(facts.policies, ticket);
    const calendar = policy?.calendarId ? (facts.calendars.get(policy.calendarId) ?? null) : null;
    const clocks = policy ? computeSlaClocks(policy, calendar, factsOf(ticket), now) : [];
    const policyId = policy?.id ?? null;
    const stored = new Map((ticket.clocks ?? []).map((c) => [c[0], c]));
    const columns = ticketColumns(clocks, ticket.slaBreachedAt);
    const changed = clocks.filter((c) => {
      const s = stored.get(c.metric);
      return s === undefined || !sameClock(s, c, policyId);
    });
    const unchanged =
      changed.length === 0 &&
      stored.size === clocks.length &&
      ticket.slaDueAt === time(columns.slaDueAt) &&
      ticket.slaPaused === columns.slaPaused &&
      ticket.slaBreachedAt === time(columns.slaBreachedAt);
    if (unchanged) continue;
    writes.push({
      ticketId: ticket.id,
      policyId,
      clocks: changed,
      keep: clocks.map((c) => c.metric),
      ...columns,
    });
    for (const clock of clocks) {
      if (clock.state === 'breached' && clock.breachedAt && stored.get(clock.metric)?.[2] !== 'breached') {
        breaches.push({ ticketId: ticket.id, metric: clock.metric, dueAt: clock.breachedAt });
      }
    }
  }
  await writeSlaClocks(db, workspaceId, writes, now);
  return breaches;
}

/**
 * Recomputes and stores the clocks and the tickets' sla_* columns for these tickets of one
 * workspace, and records one `ticket.sla_breached` event per ticket whose clock became breached
 * here (a late reply, a policy change), so the history shows every breach exactly once (the breach
 * job reports clocks that pass their due time while nothing happens). The one write path for
 * clocks: in-transaction processor (batch of one), recompute job (chunks), seed. Call it in a
 * transaction so the events commit with the clocks.
 */
export async function applySlaToTickets(
  db: DbOrTx,
  workspaceId: string,
  ticketIds: string[],
  now?: Date,
): Promise<void> {
  const breaches = await applySla(db, workspaceId, ticketIds, now);
  await recordSlaBreaches(db, workspaceId, breaches);
}
