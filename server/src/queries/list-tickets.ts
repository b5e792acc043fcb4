import { and, asc, desc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Ticket, TicketListQuery } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { tickets } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { presentTicket } from '../presenters/present-ticket';
import { decodeCursor, toPage } from './keyset-cursor';
import { ticketFilterConditions } from './ticket-filters';
import { selectTicketRows, type TicketRow } from './ticket-rows';

/**
 * Newest first, spelled as the indexes are built (`DESC NULLS LAST`): a plain `DESC` means
 * NULLS FIRST, which no inbox index matches, and PostgreSQL would sort every matching row.
 */
const newestFirst = (column: AnyPgColumn) => sql`${column} desc nulls last`;

interface SortPlan {
  orderBy: SQL[];
  after: (values: (string | number)[]) => SQL | undefined;
  arity: number;
  cursorOf: (row: TicketRow) => (string | number)[];
}

function sortPlan(sort: TicketListQuery['sort']): SortPlan {
  switch (sort) {
    case 'created_asc':
      return {
        orderBy: [asc(tickets.createdAt), asc(tickets.id)],
        arity: 2,
        after: ([at, id]) =>
          sql`(${tickets.createdAt}, ${tickets.id}) > (${String(at)}::timestamptz, ${String(id)}::uuid)`,
        cursorOf: (r) => [r.ticket.createdAt.toISOString(), r.ticket.id],
      };
    case 'created_desc':
      return {
        orderBy: [desc(tickets.createdAt), desc(tickets.id)],
        arity: 2,
        after: ([at, id]) =>
          sql`(${tickets.createdAt}, ${tickets.id}) < (${String(at)}::timestamptz, ${String(id)}::uuid)`,
        cursorOf: (r) => [r.ticket.createdAt.toISOString(), r.ticket.id],
      };
    case 'priority':
      return {
        orderBy: [asc(tickets.priorityRank), newestFirst(tickets.updatedAt), newestFirst(tickets.id)],
        arity: 3,
        after: ([rank, at, id]) =>
          or(
            gt(tickets.priorityRank, Number(rank)),
            and(
              eq(tickets.priorityRank, Number(rank)),
              sql`(${tickets.updatedAt}, ${tickets.id}) < (${String(at)}::timestamptz, ${String(id)}::uuid)`,
            ),
          ),
        cursorOf: (r) => [r.ticket.priorityRank, r.ticket.updatedAt.toISOString(), r.ticket.id],
      };
    case 'sla_due':
      // Soonest (most overdue) first; tickets without a running clock after them, by id.
      return {
        orderBy: [sql`${tickets.slaDueAt} asc nulls last`, asc(tickets.id)],
        arity: 2,
        after: ([at, id]) =>
          at === ''
            ? sql`(${tickets.slaDueAt} IS NULL AND ${tickets.id} > ${String(id)}::uuid)`
            : sql`(${tickets.slaDueAt} IS NULL OR (${tickets.slaDueAt}, ${tickets.id}) > (${String(at)}::timestamptz, ${String(id)}::uuid))`,
        cursorOf: (r) => [r.ticket.slaDueAt ? r.ticket.slaDueAt.toISOString() : '', r.ticket.id],
      };
    case 'updated_desc':
      return {
        orderBy: [newestFirst(tickets.updatedAt), newestFirst(tickets.id)],
        arity: 2,
        after: ([at, id]) =>
          sql`(${tickets.updatedAt}, ${tickets.id}) < (${String(at)}::timestamptz, ${String(id)}::uuid)`,
        cursorOf: (r) => [r.ticket.updatedAt.toISOString(), r.ticket.id],
      };
  }
}

/**
 * The inbox statement, built but not run: the caller's workspace's tickets filtered and sorted, one
 * keyset page (`limit + 1` rows, to know whether there is a next page). Exported so the benchmark
 * runs the very same SQL on a bare connection.
 */
export function ticketListStatement(db: DbOrTx, ctx: AuthContext, query: TicketListQuery) {
  const plan = sortPlan(query.sort);
  const conditions = ticketFilterConditions(ctx, query);
  if (query.cursor) {
    const after = plan.after(decodeCursor(query.cursor, query.sort, plan.arity));
    if (after) conditions.push(after);
  }
  // Find the page's ids on tickets alone, then look the names up for those few rows only (see
  // `ticketColumns`): names fetched first would be read for every matching ticket before the LIMIT.
  const pageIds = db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(...conditions))
    .orderBy(...plan.orderBy)
    .limit(query.limit + 1);
  return selectTicketRows(db, inArray(tickets.id, pageIds)).orderBy(...plan.orderBy);
}

/** The inbox page for `query`; `nextCursor` is null on the last page. */
export async function listTickets(
  db: DbOrTx,
  ctx: AuthContext,
  query: TicketListQuery,
): Promise<{ items: Ticket[]; nextCursor: string | null }> {
  const rows = await ticketListStatement(db, ctx, query);
  return toPage(rows, query.limit, presentTicket, {
    sort: query.sort,
    valuesOf: sortPlan(query.sort).cursorOf,
  });
}

/** Unresolved counts for the navigation: per status, mine, and unassigned. */
export async function ticketCounts(db: DbOrTx, ctx: AuthContext) {
  const rows = await db
    .select({
      status: tickets.status,
      total: sql<number>`count(*)::int`,
      mine: ctx.agentId
        ? sql<number>`count(*) FILTER (WHERE ${tickets.assigneeAgentId} = ${ctx.agentId})::int`
        : sql<number>`0`,
      unassigned: sql<number>`count(*) FILTER (WHERE ${tickets.assigneeAgentId} IS NULL)::int`,
    })
    .from(tickets)
    .where(eq(tickets.workspaceId, ctx.workspaceId))
    .groupBy(tickets.status);
  const byStatus = { new: 0, open: 0, pending: 0, on_hold: 0, solved: 0, closed: 0, trashed: 0 };
  let mine = 0;
  let unassigned = 0;
  for (const row of rows) {
    byStatus[row.status] = row.total;
    if (row.status !== 'solved' && row.status !== 'closed' && row.status !== 'trashed') {
      mine += row.mine;
      unassigned += row.unassigned;
    }
  }
  return { byStatus, mine, unassigned };
}
