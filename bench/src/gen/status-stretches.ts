import type { TicketPlan } from './ticket-plan';

/** One stretch of a ticket's life in one status; `to` null = still in it. */
export interface StatusStretch {
  status: string;
  from: number;
  to: number | null;
}

/**
 * A planned ticket's status history as the server's trigger would have recorded it: new until the
 * first response, then open (or the current unresolved status) until solved, solved until closed.
 * The seed writes it as time in stage, and the SLA clocks pause on it.
 */
export function statusStretches(p: TicketPlan): StatusStretch[] {
  const starts: [string, number][] = [['new', p.createdAt]];
  if (p.status !== 'new' && p.firstResponseAt !== null) {
    const worked = p.status === 'solved' || p.status === 'closed' ? 'open' : p.status;
    starts.push([worked, p.firstResponseAt]);
  }
  if (p.solvedAt !== null) starts.push(['solved', p.solvedAt]);
  if (p.closedAt !== null) starts.push(['closed', p.closedAt]);
  return starts.map(([status, from], i) => ({ status, from, to: starts[i + 1]?.[1] ?? null }));
}
