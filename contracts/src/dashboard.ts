import { z } from 'zod';
import { Timestamp } from './common';
import { Channel, TicketPriority, TicketStatus } from './ticket';
import { SurveySummary } from './surveys';

/** The dashboard window: the last N days in the workspace's time zone, today included. */
export const DashboardQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** One local day of activity: tickets created, solved and first-answered that day. */
export const DashboardDay = z.object({
  /** YYYY-MM-DD in the workspace's time zone. */
  day: z.string(),
  created: z.number().int(),
  solved: z.number().int(),
  firstResponses: z.number().int(),
});
export type DashboardDay = z.infer<typeof DashboardDay>;

/**
 * The support dashboard: volume per day, first-response and resolution times, the mix by channel
 * and priority, and the current backlog. Past days come from a daily rollup; today is live.
 */
export const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  days: z.array(DashboardDay),
  totals: z.object({
    created: z.number().int(),
    solved: z.number().int(),
    firstResponses: z.number().int(),
    /** Mean seconds from creation to the first agent reply, for replies sent in the window. */
    avgFirstResponseSeconds: z.number().nullable(),
    /** Share (0–1) of first responses sent within one hour. */
    firstResponseWithin1h: z.number().nullable(),
    /** Mean seconds from creation to solved, for tickets solved in the window. */
    avgResolutionSeconds: z.number().nullable(),
  }),
  createdByChannel: z.array(z.object({ channel: Channel, count: z.number().int() })),
  createdByPriority: z.array(z.object({ priority: TicketPriority, count: z.number().int() })),
  backlog: z.array(z.object({ status: TicketStatus, priority: TicketPriority, count: z.number().int() })),
  /**
   * SLA compliance in the window: clocks that stopped in time (`met`) against clocks breached in
   * the window (stopped late or still running past due); `compliance` = met ÷ (met + breached).
   * `openBreached` counts unresolved tickets past due right now.
   */
  sla: z.object({
    met: z.number().int(),
    breached: z.number().int(),
    compliance: z.number().nullable(),
    openBreached: z.number().int(),
  }),
  /** CSAT, CES and NPS answered in the window. */
  satisfaction: SurveySummary,
  generatedAt: Timestamp,
});
export type Dashboard = z.infer<typeof Dashboard>;
