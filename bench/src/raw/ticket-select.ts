import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { TicketListQuery } from '@atiende/contracts';
import type { Db } from '@atiende/server/src/db/database';
import * as schema from '@atiende/server/src/db/schema';
import { tickets } from '@atiende/server/src/db/schema';
import { systemContext } from '@atiende/server/src/lib/auth-context';
import { encodeCursor } from '@atiende/server/src/queries/keyset-cursor';
import { ticketListStatement } from '@atiende/server/src/queries/list-tickets';
import { selectTicketRows } from '@atiende/server/src/queries/ticket-rows';

/**
 * The raw-SQL twins of the server's inbox and ticket reads. They are rendered from the server's own
 * query builders (`.toSQL()`), so the database does exactly the same work on a bare connection and
 * only the application layers are missing — and they cannot drift from the server's SQL.
 * This Drizzle instance only renders SQL text; it never opens a connection.
 */
const sqlText: Db = drizzle.mock({ schema });

/** The inbox filters the bench uses (a subset of TicketListQuery). */
export interface InboxFilter {
  status?: readonly string[];
  /** An agent id, or `none` for unassigned. */
  assigneeId?: string;
  teamId?: string;
  q?: string;
  sort: 'updated_desc' | 'priority';
  limit: number;
  /** Keyset position after the last row of the previous page: [updated_at ISO, id]. */
  after?: readonly [string, string];
}

/** A parameterised statement. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** The SQL listTickets() runs for `filter` (limit + 1 rows, to know whether a next page exists). */
export function inboxStatement(workspaceId: string, filter: InboxFilter): Statement {
  const query = TicketListQuery.parse({
    status: filter.status?.join(','),
    assigneeId: filter.assigneeId,
    teamId: filter.teamId,
    q: filter.q,
    sort: filter.sort,
    limit: filter.limit,
    cursor: filter.after ? encodeCursor(filter.sort, [...filter.after]) : undefined,
  });
  const { sql, params } = ticketListStatement(sqlText, systemContext(workspaceId), query).toSQL();
  return { text: sql, values: params };
}

/** getTicket(): one ticket with its joined names. */
export function getTicketStatement(workspaceId: string, ticketId: string): Statement {
  const { sql, params } = selectTicketRows(
    sqlText,
    and(eq(tickets.workspaceId, workspaceId), eq(tickets.id, ticketId)),
  )
    .limit(1)
    .toSQL();
  return { text: sql, values: params };
}

/** The API's query string for the same filter. */
export function inboxQueryString(filter: InboxFilter, cursor?: string): string {
  const params = new URLSearchParams();
  if (filter.status?.length) params.set('status', filter.status.join(','));
  if (filter.assigneeId) params.set('assigneeId', filter.assigneeId);
  if (filter.teamId) params.set('teamId', filter.teamId);
  if (filter.q) params.set('q', filter.q);
  params.set('sort', filter.sort);
  params.set('limit', String(filter.limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/tickets?${params.toString()}`;
}
