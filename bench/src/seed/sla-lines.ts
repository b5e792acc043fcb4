import type { CalendarSpec } from '@atiende/server/src/sla/business-time';
import { computeSlaClocks, type ComputedSlaClock } from '@atiende/server/src/sla/compute-sla-clocks';
import { BENCH_CALENDAR, benchPolicies, benchPolicyIndex } from '../gen/sla-config';
import { statusStretches } from '../gen/status-stretches';
import type { TicketPlan } from '../gen/ticket-plan';
import { copyLine, timestamp } from './copy';

export const SLA_CLOCK_COLUMNS = [
  'workspace_id',
  'ticket_id',
  'metric',
  'policy_id',
  'state',
  'target_minutes',
  'started_at',
  'due_at',
  'remaining_seconds',
  'stopped_at',
  'breached_at',
  'computed_at',
];

/** A ticket's clocks and the denormalized columns the inbox reads. */
export interface TicketSla {
  policyId: string;
  clocks: ComputedSlaClock[];
  dueAt: number | null;
  paused: boolean;
  breachedAt: number | null;
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

/**
 * Computes each planned ticket's SLA clocks with the server's own `computeSlaClocks`, under the
 * bench workspace's two policies and business calendar, as of the dataset's end — so the data is
 * what the product would hold had it run for two years.
 */
export class SlaPlanner {
  private readonly policies: ReturnType<typeof benchPolicies>;
  private readonly calendar: CalendarSpec = BENCH_CALENDAR;

  constructor(
    slug: string,
    private readonly endMs: number,
  ) {
    this.policies = benchPolicies(slug);
  }

  /** The clocks of one ticket, or null if no policy tracks anything for it. */
  forPlan(p: TicketPlan): TicketSla | null {
    const policy = this.policies[benchPolicyIndex(p.priority)];
    if (!policy) return null;
    const replies = p.messages
      .filter((m) => m.kind === 'reply')
      .map((m) => ({
        at: new Date(m.at),
        by: m.author === 'agent' ? ('agent' as const) : ('customer' as const),
      }));
    const clocks = computeSlaClocks(
      { targets: policy.targets, pauseStatuses: policy.pauseStatuses },
      policy.usesCalendar ? this.calendar : null,
      {
        createdAt: new Date(p.createdAt),
        priority: p.priority,
        status: p.status,
        solvedAt: p.solvedAt === null ? null : new Date(p.solvedAt),
        statusIntervals: statusStretches(p).map((s) => ({
          status: s.status,
          startedAt: new Date(s.from),
          endedAt: s.to === null ? null : new Date(s.to),
        })),
        replies,
      },
      new Date(this.endMs),
    );
    if (clocks.length === 0) return null;
    const open = clocks.filter((c) => c.stoppedAt === null && c.dueAt !== null);
    const dues = open.map((c) => ms(c.dueAt) ?? Infinity);
    const breaches = clocks.map((c) => ms(c.breachedAt)).filter((b): b is number => b !== null);
    return {
      policyId: policy.id,
      clocks,
      dueAt: dues.length > 0 ? Math.min(...dues) : null,
      paused: open.length === 0 && clocks.some((c) => c.state === 'paused'),
      breachedAt: breaches.length > 0 ? Math.min(...breaches) : null,
    };
  }

  /** COPY lines of `ticket_sla_clocks` for one ticket. */
  *clockLines(workspaceId: string, ticketId: string, sla: TicketSla): Generator<string> {
    for (const c of sla.clocks) {
      yield copyLine([
        workspaceId,
        ticketId,
        c.metric,
        sla.policyId,
        c.state,
        c.targetMinutes,
        timestamp(c.startedAt.getTime()),
        timestamp(ms(c.dueAt)),
        c.remainingSeconds,
        timestamp(ms(c.stoppedAt)),
        timestamp(ms(c.breachedAt)),
        timestamp(this.endMs),
      ]);
    }
  }
}
