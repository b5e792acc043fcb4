import { and, asc, eq } from 'drizzle-orm';
import type { BusinessCalendar, SlaPolicy, SlaRecomputeRun, TicketSla } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { businessCalendars, slaPolicies, slaRecomputeRuns, ticketSlaClocks, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import {
  presentBusinessCalendar,
  presentSlaPolicy,
  presentSlaRecomputeRun,
  presentTicketSla,
} from '../presenters/present-sla';

/** The workspace's business calendars by name (any agent: the policy editor and panel show them). */
export async function listBusinessCalendars(db: DbOrTx, ctx: AuthContext): Promise<BusinessCalendar[]> {
  const rows = await db
    .select()
    .from(businessCalendars)
    .where(eq(businessCalendars.workspaceId, ctx.workspaceId))
    .orderBy(asc(businessCalendars.name), asc(businessCalendars.id));
  return rows.map(presentBusinessCalendar);
}

/** The workspace's SLA policies in evaluation order (first match wins). */
export async function listSlaPolicies(db: DbOrTx, ctx: AuthContext): Promise<SlaPolicy[]> {
  const rows = await db
    .select({ policy: slaPolicies, calendarName: businessCalendars.name })
    .from(slaPolicies)
    .leftJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(eq(slaPolicies.workspaceId, ctx.workspaceId))
    .orderBy(asc(slaPolicies.position), asc(slaPolicies.id));
  return rows.map(({ policy, calendarName }) =>
    presentSlaPolicy(
      policy,
      policy.calendarId && calendarName !== null ? { id: policy.calendarId, name: calendarName } : null,
    ),
  );
}

/** One policy of the workspace (404 for other workspaces' ids). */
export async function getSlaPolicy(db: DbOrTx, ctx: AuthContext, id: string): Promise<SlaPolicy> {
  const policy = (await listSlaPolicies(db, ctx)).find((p) => p.id === id);
  if (!policy) throw notFound('SLA policy');
  return policy;
}

/** Progress of a recompute run of the workspace (404 for other workspaces' ids). */
export async function getSlaRecomputeRun(db: DbOrTx, ctx: AuthContext, id: string): Promise<SlaRecomputeRun> {
  const [row] = await db
    .select()
    .from(slaRecomputeRuns)
    .where(and(eq(slaRecomputeRuns.workspaceId, ctx.workspaceId), eq(slaRecomputeRuns.id, id)));
  if (!row) throw notFound('Recompute run');
  return presentSlaRecomputeRun(row);
}

/**
 * A ticket's SLA: the policy that set its clocks, the calendar they count in, and the clocks with
 * the remaining time of counting clocks computed now. A ticket without clocks has no policy.
 */
export async function getTicketSla(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  now: Date = new Date(),
): Promise<TicketSla> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const clocks = await db
    .select()
    .from(ticketSlaClocks)
    .where(and(eq(ticketSlaClocks.workspaceId, ctx.workspaceId), eq(ticketSlaClocks.ticketId, ticketId)));
  const policyId = clocks.find((c) => c.policyId !== null)?.policyId ?? null;
  if (policyId === null) return presentTicketSla(null, null, clocks, now);
  const [row] = await db
    .select({ policy: slaPolicies, calendar: businessCalendars })
    .from(slaPolicies)
    .leftJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(and(eq(slaPolicies.workspaceId, ctx.workspaceId), eq(slaPolicies.id, policyId)));
  const calendar = row?.calendar ?? null;
  return presentTicketSla(
    row ? { id: row.policy.id, name: row.policy.name } : null,
    calendar
      ? {
          id: calendar.id,
          name: calendar.name,
          timeZone: calendar.timeZone,
          hours: calendar.hours,
          holidays: calendar.holidays,
        }
      : null,
    clocks,
    now,
  );
}
