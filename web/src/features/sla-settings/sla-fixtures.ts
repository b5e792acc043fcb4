import type { BusinessCalendar, SlaPolicy, SlaRecomputeRun } from '@atiende/contracts';
import { emptyTargets } from './targets-form';

/** Stable ids for SLA fixtures (valid v4 shape). */
export const slaIds = {
  calendar: '0b6c1a4e-8f1d-4a51-9d0c-0000000005c1',
  policyA: '0b6c1a4e-8f1d-4a51-9d0c-0000000005a1',
  policyB: '0b6c1a4e-8f1d-4a51-9d0c-0000000005a2',
  run: '0b6c1a4e-8f1d-4a51-9d0c-0000000005f1',
};

const at = '2026-01-05T12:00:00.000Z';

/** A Monday–Friday 08:00–17:00 calendar in Bogotá with one holiday. */
export function makeCalendar(overrides: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return {
    id: slaIds.calendar,
    name: 'Oficina Bogotá',
    timeZone: 'America/Bogota',
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
    holidays: [{ date: '2026-07-20', name: 'Independencia' }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** An active policy covering every ticket, first response 4 h for normal priority. */
export function makePolicy(overrides: Partial<SlaPolicy> = {}): SlaPolicy {
  const targets = emptyTargets();
  targets.normal.firstResponseMinutes = 240;
  return {
    id: slaIds.policyA,
    name: 'Estándar',
    description: '',
    position: 0,
    active: true,
    calendar: null,
    conditions: { priorities: [], types: [], channels: [], teamIds: [], companyIds: [], tags: [] },
    targets,
    pauseStatuses: ['pending'],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A recompute run, by default running at 1.234 of 20.000 tickets. */
export function makeRun(overrides: Partial<SlaRecomputeRun> = {}): SlaRecomputeRun {
  return {
    id: slaIds.run,
    state: 'running',
    total: 20_000,
    done: 1234,
    createdAt: at,
    finishedAt: null,
    ...overrides,
  };
}
