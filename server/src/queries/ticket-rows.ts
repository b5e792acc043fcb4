import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database';
import { agents, companies, contacts, resolutionReasons, teams, tickets, ticketStatuses } from '../db/schema';

// Everything but the search vector, which only the database needs.
const { searchVector: _searchVector, ...ticketFields } = getTableColumns(tickets);

/**
 * `(SELECT t.<column> FROM t WHERE t.id = tickets.<reference>)`: one name looked up by primary key.
 * Every name is written qualified, since Drizzle leaves columns of a one-table query bare and a
 * bare reference could silently bind to a same-named column of the looked-up table.
 */
function lookup<T>(column: AnyPgColumn, id: AnyPgColumn, reference: AnyPgColumn): SQL<T> {
  const table = sql.identifier(getTableName(column.table));
  const outer = sql.identifier(getTableName(tickets));
  return sql<T>`(select ${table}.${sql.identifier(column.name)} from ${table} where ${table}.${sql.identifier(id.name)} = ${outer}.${sql.identifier(reference.name)})`;
}

/**
 * Columns needed to present a ticket: the ticket plus the names of what it points to. The names are
 * scalar subqueries on primary keys rather than joins: with seven joined tables PostgreSQL spent
 * 4–6 ms planning each inbox page (measured at 1M tickets) against about 1 ms executing it; lookups
 * are planned one by one in well under a millisecond and run the same index probes.
 */
export const ticketColumns = {
  ticket: ticketFields,
  requesterName: lookup<string>(contacts.name, contacts.id, tickets.requesterContactId),
  requesterEmail: lookup<string | null>(contacts.email, contacts.id, tickets.requesterContactId),
  companyName: lookup<string | null>(companies.name, companies.id, tickets.companyId),
  assigneeName: lookup<string | null>(agents.name, agents.id, tickets.assigneeAgentId),
  teamName: lookup<string | null>(teams.name, teams.id, tickets.teamId),
  customStatusName: lookup<string | null>(ticketStatuses.name, ticketStatuses.id, tickets.customStatusId),
  resolutionReasonName: lookup<string | null>(
    resolutionReasons.name,
    resolutionReasons.id,
    tickets.resolutionReasonId,
  ),
};

/**
 * Selects tickets with the names a presenter needs. Callers always pass a `where` that includes
 * the workspace condition (the looked-up rows belong to the ticket's workspace by construction).
 */
export function selectTicketRows(db: DbOrTx, where: SQL | undefined) {
  return db.select(ticketColumns).from(tickets).where(where).$dynamic();
}

export type TicketRow = Awaited<ReturnType<typeof selectTicketRows>>[number];
