import { describe, expect, it } from 'vitest';
import type { SlaTarget, SlaTargets } from '@atiende/contracts';
import type { CalendarSpec } from './business-time';
import { computeSlaClocks, type SlaTicketFacts } from './compute-sla-clocks';

const T0 = Date.parse('2026-12-02T15:00:00Z');
const min = (m: number) => new Date(T0 + m * 60_000);
const none: SlaTarget = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };
const targets = (normal: Partial<SlaTarget>): SlaTargets => ({
  critical: none,
  high: none,
  normal: { ...none, ...normal },
  low: none,
});
const policy = (normal: Partial<SlaTarget>, pauseStatuses = ['pending']) => ({
  targets: targets(normal),
  pauseStatuses,
});

function facts(overrides: Partial<SlaTicketFacts> = {}): SlaTicketFacts {
  return {
    createdAt: min(0),
    priority: 'normal',
    status: 'open',
    solvedAt: null,
    statusIntervals: [{ status: 'open', startedAt: min(0), endedAt: null }],
    replies: [{ at: min(0), by: 'customer' }],
    ...overrides,
  };
}

const interval = (status: string, from: number, to: number | null) => ({
  status,
  startedAt: min(from),
  endedAt: to === null ? null : min(to),
});

describe('first response', () => {
  const rules = policy({ firstResponseMinutes: 30 });

  it('runs until an agent replies, then is met', () => {
    const [running] = computeSlaClocks(rules, null, facts(), min(10));
    expect(running).toMatchObject({ metric: 'first_response', state: 'running', remainingSeconds: 20 * 60 });
    expect(running?.dueAt).toEqual(min(30));
    const replied = facts({
      replies: [
        { at: min(0), by: 'customer' },
        { at: min(12), by: 'agent' },
      ],
    });
    const [met] = computeSlaClocks(rules, null, replied, min(50));
    expect(met).toMatchObject({
      state: 'met',
      stoppedAt: min(12),
      remainingSeconds: 18 * 60,
      breachedAt: null,
    });
  });

  it('is breached once past due, and stays breached when the reply comes late', () => {
    const [late] = computeSlaClocks(rules, null, facts(), min(31));
    expect(late).toMatchObject({
      state: 'breached',
      breachedAt: min(30),
      remainingSeconds: -60,
      stoppedAt: null,
    });
    const replied = facts({
      replies: [
        { at: min(0), by: 'customer' },
        { at: min(45), by: 'agent' },
      ],
    });
    const [stopped] = computeSlaClocks(rules, null, replied, min(60));
    expect(stopped).toMatchObject({
      state: 'breached',
      breachedAt: min(30),
      stoppedAt: min(45),
      remainingSeconds: -900,
    });
  });

  it('is fulfilled by solving the ticket without a reply, even after it reopens', () => {
    const reopened = facts({
      statusIntervals: [interval('open', 0, 10), interval('solved', 10, 40), interval('open', 40, null)],
    });
    const [clock] = computeSlaClocks(rules, null, reopened, min(100));
    expect(clock).toMatchObject({ state: 'met', stoppedAt: min(10) });
  });

  it('counts business hours under a calendar', () => {
    const bogota: CalendarSpec = {
      timeZone: 'America/Bogota',
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      holidays: [],
    };
    // Friday 2026-12-04 17:30 local: 30 min on Friday, 30 min on Monday from 08:00.
    const created = new Date('2026-12-04T22:30:00Z');
    const [clock] = computeSlaClocks(
      policy({ firstResponseMinutes: 60 }),
      bogota,
      facts({ createdAt: created, statusIntervals: [{ status: 'new', startedAt: created, endedAt: null }] }),
      new Date('2026-12-05T12:00:00Z'),
    );
    expect(clock).toMatchObject({ state: 'running', remainingSeconds: 30 * 60 });
    expect(clock?.dueAt?.toISOString()).toBe('2026-12-07T13:30:00.000Z');
  });
});

describe('next response', () => {
  const rules = policy({ nextResponseMinutes: 60 });

  it('has no clock until the customer writes after an agent reply', () => {
    const replies = [
      { at: min(0), by: 'customer' as const },
      { at: min(5), by: 'agent' as const },
    ];
    expect(computeSlaClocks(rules, null, facts({ replies }), min(10))).toEqual([]);
  });

  it('tracks the latest cycle: met when answered, a new one starts with the next customer reply', () => {
    const answered = facts({
      replies: [
        { at: min(0), by: 'customer' },
        { at: min(5), by: 'agent' },
        { at: min(20), by: 'customer' },
        { at: min(25), by: 'customer' },
        { at: min(50), by: 'agent' },
      ],
    });
    const [met] = computeSlaClocks(rules, null, answered, min(200));
    expect(met).toMatchObject({
      metric: 'next_response',
      state: 'met',
      startedAt: min(20),
      stoppedAt: min(50),
    });
    const again = facts({ replies: [...answered.replies, { at: min(100), by: 'customer' }] });
    const [running] = computeSlaClocks(rules, null, again, min(130));
    expect(running).toMatchObject({ state: 'running', startedAt: min(100), remainingSeconds: 30 * 60 });
    const [breached] = computeSlaClocks(rules, null, again, min(170));
    expect(breached).toMatchObject({ state: 'breached', breachedAt: min(160) });
  });
});

describe('resolution', () => {
  const rules = policy({ resolutionMinutes: 120 });

  it('pauses while pending and resumes where it left off', () => {
    const pending = facts({
      status: 'pending',
      statusIntervals: [interval('new', 0, 10), interval('open', 10, 60), interval('pending', 60, null)],
    });
    const [paused] = computeSlaClocks(rules, null, pending, min(500));
    expect(paused).toMatchObject({ state: 'paused', dueAt: null, remainingSeconds: 60 * 60 });
    const resumed = facts({
      statusIntervals: [
        interval('new', 0, 10),
        interval('open', 10, 60),
        interval('pending', 60, 200),
        interval('open', 200, null),
      ],
    });
    const [running] = computeSlaClocks(rules, null, resumed, min(210));
    expect(running).toMatchObject({ state: 'running', remainingSeconds: 50 * 60 });
    expect(running?.dueAt).toEqual(min(260));
  });

  it('honours the policy pause statuses (on hold does not pause by default)', () => {
    const onHold = facts({
      status: 'on_hold',
      statusIntervals: [interval('open', 0, 30), interval('on_hold', 30, null)],
    });
    expect(computeSlaClocks(rules, null, onHold, min(40))[0]).toMatchObject({ state: 'running' });
    const both = policy({ resolutionMinutes: 120 }, ['pending', 'on_hold']);
    expect(computeSlaClocks(both, null, onHold, min(40))[0]).toMatchObject({
      state: 'paused',
      remainingSeconds: 90 * 60,
    });
  });

  it('stops when solved (met) and does not count solved time after a reopen', () => {
    const solved = facts({
      status: 'solved',
      solvedAt: min(30),
      statusIntervals: [interval('open', 0, 30), interval('solved', 30, null)],
    });
    expect(computeSlaClocks(rules, null, solved, min(500))[0]).toMatchObject({
      state: 'met',
      stoppedAt: min(30),
      remainingSeconds: 90 * 60,
    });
    const reopened = facts({
      statusIntervals: [interval('open', 0, 30), interval('solved', 30, 300), interval('open', 300, null)],
    });
    const [clock] = computeSlaClocks(rules, null, reopened, min(310));
    expect(clock).toMatchObject({ state: 'running', remainingSeconds: 80 * 60, stoppedAt: null });
    expect(clock?.dueAt).toEqual(min(390));
  });

  it('is breached past the target, also while paused afterwards and when solved late', () => {
    const late = facts({
      status: 'pending',
      statusIntervals: [interval('open', 0, 150), interval('pending', 150, null)],
    });
    const [breached] = computeSlaClocks(rules, null, late, min(400));
    expect(breached).toMatchObject({
      state: 'breached',
      breachedAt: min(120),
      dueAt: min(120),
      remainingSeconds: -30 * 60,
    });
    const solvedLate = facts({
      status: 'closed',
      solvedAt: min(150),
      statusIntervals: [interval('open', 0, 150), interval('closed', 150, null)],
    });
    expect(computeSlaClocks(rules, null, solvedLate, min(400))[0]).toMatchObject({
      state: 'breached',
      breachedAt: min(120),
      stoppedAt: min(150),
    });
  });
});

it('sets no clock for a metric whose target is null for the priority', () => {
  const rules = policy({ firstResponseMinutes: 30 });
  expect(computeSlaClocks(rules, null, facts({ priority: 'low' }), min(1))).toEqual([]);
  expect(computeSlaClocks(rules, null, facts(), min(1)).map((c) => c.metric)).toEqual(['first_response']);
});
