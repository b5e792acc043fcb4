import { z } from 'zod';
import { Id, Timestamp } from './common';
import { Channel, StatusCategory, TicketPriority, TicketType } from './ticket';

/** HH:MM on a 24-hour clock, 00:00–24:00. */
const ClockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM (00:00–24:00)');

/** One stretch of working time on a weekday (ISO: 1 = Monday … 7 = Sunday), in the calendar's zone. */
export const WorkingInterval = z
  .object({ weekday: z.number().int().min(1).max(7), start: ClockTime, end: ClockTime })
  .refine((v) => v.start < v.end, { error: 'The end must be after the start', path: ['end'] });
export type WorkingInterval = z.infer<typeof WorkingInterval>;

/** A day off: no working time on that local date. */
export const Holiday = z.object({
  date: z.iso.date(),
  name: z.string().trim().min(1).max(100),
});
export type Holiday = z.infer<typeof Holiday>;

/**
 * Business hours: weekly working intervals and holidays in an IANA time zone. SLA clocks under a
 * calendar only count working time; a policy without a calendar counts around the clock.
 */
export const BusinessCalendar = z.object({
  id: Id,
  name: z.string(),
  timeZone: z.string(),
  hours: z.array(WorkingInterval),
  holidays: z.array(Holiday),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

export const BusinessCalendarInput = z.object({
  name: z.string().trim().min(1).max(100),
  /** IANA zone, e.g. America/Bogota; checked against the runtime's zone database. */
  timeZone: z.string().trim().min(1).max(64),
  hours: z.array(WorkingInterval).min(1).max(70),
  holidays: z.array(Holiday).max(400).default([]),
});
export type BusinessCalendarInput = z.infer<typeof BusinessCalendarInput>;

/** The three clocks a policy can set. */
export const SlaMetric = z.enum(['first_response', 'next_response', 'resolution']);
export type SlaMetric = z.infer<typeof SlaMetric>;

/** Minutes of (business) time per metric; a metric left out is not tracked. */
export const SlaTarget = z.object({
  firstResponseMinutes: z.number().int().min(1).max(525_600).nullable().default(null),
  nextResponseMinutes: z.number().int().min(1).max(525_600).nullable().default(null),
  resolutionMinutes: z.number().int().min(1).max(525_600).nullable().default(null),
});
export type SlaTarget = z.infer<typeof SlaTarget>;

/** Targets per priority: the policy applies its row for the ticket's priority. */
export const SlaTargets = z.object({
  critical: SlaTarget,
  high: SlaTarget,
  normal: SlaTarget,
  low: SlaTarget,
});
export type SlaTargets = z.infer<typeof SlaTargets>;

/**
 * Which tickets a policy covers. Every non-empty list must match (AND); values inside one list are
 * alternatives (OR); all lists empty = every ticket. The first active policy by `position` wins.
 */
export const SlaConditions = z.object({
  priorities: z.array(TicketPriority).default([]),
  types: z.array(TicketType).default([]),
  channels: z.array(Channel).default([]),
  teamIds: z.array(Id).default([]),
  companyIds: z.array(Id).default([]),
  tags: z.array(z.string()).default([]),
});
export type SlaConditions = z.infer<typeof SlaConditions>;

export const SlaPolicy = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  calendar: z.object({ id: Id, name: z.string() }).nullable(),
  conditions: SlaConditions,
  targets: SlaTargets,
  /** Status categories during which the resolution clock stops (waiting on the customer). */
  pauseStatuses: z.array(StatusCategory),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

export const SlaPolicyInput = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  active: z.boolean().default(true),
  calendarId: Id.nullable().default(null),
  conditions: SlaConditions.default({
    priorities: [],
    types: [],
    channels: [],
    teamIds: [],
    companyIds: [],
    tags: [],
  }),
  targets: SlaTargets,
  pauseStatuses: z.array(z.enum(['pending', 'on_hold'])).default(['pending']),
});
export type SlaPolicyInput = z.infer<typeof SlaPolicyInput>;

/** New order of the policies (first match wins): every policy id exactly once. */
export const ReorderSlaPoliciesInput = z.object({ ids: z.array(Id).min(1).max(200) });

/**
 * One clock on one ticket. `running` counts down to `dueAt`; `paused` has stopped counting (dueAt
 * null, `remainingSeconds` kept); `met` stopped in time; `breached` passed `dueAt` (stopped late or
 * still running).
 */
export const SlaClockState = z.enum(['running', 'paused', 'met', 'breached']);
export type SlaClockState = z.infer<typeof SlaClockState>;

export const SlaClock = z.object({
  metric: SlaMetric,
  state: SlaClockState,
  targetMinutes: z.number().int(),
  startedAt: Timestamp,
  dueAt: Timestamp.nullable(),
  /** Business seconds left when paused or computed; negative once breached. */
  remainingSeconds: z.number().int().nullable(),
  stoppedAt: Timestamp.nullable(),
  breachedAt: Timestamp.nullable(),
});
export type SlaClock = z.infer<typeof SlaClock>;

/** A ticket's SLA: the policy that applies (or none) and its clocks. */
export const TicketSla = z.object({
  policy: z.object({ id: Id, name: z.string() }).nullable(),
  calendar: z.object({ id: Id, name: z.string(), timeZone: z.string() }).nullable(),
  clocks: z.array(SlaClock),
});
export type TicketSla = z.infer<typeof TicketSla>;

/** Recomputing every unresolved ticket after a policy or calendar change, as a job with progress. */
export const SlaRecomputeRun = z.object({
  id: Id,
  state: z.enum(['queued', 'running', 'finished', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type SlaRecomputeRun = z.infer<typeof SlaRecomputeRun>;

/** What a policy or calendar write answers: the saved entity and the recompute it started. */
export const SlaPolicyWriteResult = z.object({ policy: SlaPolicy, recompute: SlaRecomputeRun });
export const BusinessCalendarWriteResult = z.object({
  calendar: BusinessCalendar,
  recompute: SlaRecomputeRun.nullable(),
});
export type SlaPolicyWriteResult = z.infer<typeof SlaPolicyWriteResult>;
export type BusinessCalendarWriteResult = z.infer<typeof BusinessCalendarWriteResult>;

/**
 * PATCH of a calendar: only the fields sent change (no defaults, unlike `BusinessCalendarInput`,
 * whose default `holidays: []` would wipe the holidays of a rename).
 */
export const UpdateBusinessCalendarInput = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: z.string().trim().min(1).max(64).optional(),
  hours: z.array(WorkingInterval).min(1).max(70).optional(),
  holidays: z.array(Holiday).max(400).optional(),
});
export type UpdateBusinessCalendarInput = z.infer<typeof UpdateBusinessCalendarInput>;

/** PATCH of a policy: only the fields sent change (no defaults, unlike `SlaPolicyInput`). */
export const UpdateSlaPolicyInput = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().max(1000).optional(),
  active: z.boolean().optional(),
  calendarId: Id.nullable().optional(),
  conditions: SlaConditions.optional(),
  targets: SlaTargets.optional(),
  pauseStatuses: z.array(z.enum(['pending', 'on_hold'])).optional(),
});
export type UpdateSlaPolicyInput = z.infer<typeof UpdateSlaPolicyInput>;

/** What reordering answers: the policies in their new order and the recompute it started. */
export const ReorderSlaPoliciesResult = z.object({ items: z.array(SlaPolicy), recompute: SlaRecomputeRun });
export type ReorderSlaPoliciesResult = z.infer<typeof ReorderSlaPoliciesResult>;
