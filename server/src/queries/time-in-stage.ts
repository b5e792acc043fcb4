import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TicketStatus, TimeInStage } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, teams, tickets, ticketStageIntervals } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';

async function namesOf(db: DbOrTx, table: typeof agents | typeof teams, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * How long a ticket spent in each status, with each assignee and with each team: the sum of its
 * stretches (kept by a database trigger on every change), the current open stretch counting until
 * now. Each list is in the order the ticket first entered the stage; `null` agent/team = nobody.
 */
export async function timeInStage(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<TimeInStage> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const i = ticketStageIntervals;
  const rows = await db
    .select({
      dimension: i.dimension,
      value: i.value,
      seconds: sql<number>`sum(extract(epoch from coalesce(${i.endedAt}, now()) - ${i.startedAt}))::float8`,
    })
    .from(i)
    .where(and(eq(i.workspaceId, ctx.workspaceId), eq(i.ticketId, ticketId)))
    .groupBy(i.dimension, i.value)
    .orderBy(asc(sql`min(${i.startedAt})`), asc(i.dimension));
  const idsOf = (dimension: string) =>
    rows.flatMap((r) => (r.dimension === dimension && r.value !== null ? [r.value] : []));
  const [agentNames, teamNames] = await Promise.all([
    namesOf(db, agents, ctx.workspaceId, idsOf('assignee')),
    namesOf(db, teams, ctx.workspaceId, idsOf('team')),
  ]);
  const ref = (names: Map<string, string>, id: string | null) =>
    id === null ? null : { id, name: names.get(id) ?? '' };
  const seconds = (s: number) => Math.max(0, Math.round(s));
  return {
    status: rows
      .filter((r) => r.dimension === 'status' && r.value !== null)
      .map((r) => ({ status: r.value as TicketStatus, seconds: seconds(r.seconds) })),
    assignee: rows
      .filter((r) => r.dimension === 'assignee')
      .map((r) => ({ agent: ref(agentNames, r.value), seconds: seconds(r.seconds) })),
    team: rows
      .filter((r) => r.dimension === 'team')
      .map((r) => ({ team: ref(teamNames, r.value), seconds: seconds(r.seconds) })),
  };
}
