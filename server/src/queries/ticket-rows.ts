import { eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { agents, companies, contacts, resolutionReasons, teams, tickets, ticketStatuses } from '../db/schema';

// Everything but the search vector, which only the database needs.
const { searchVector: _searchVector, ...ticketFields } = getTableColumns(tickets);

/** Columns needed to present a ticket: the ticket plus the names of what it points to. */
export const ticketColumns = {
  ticket: ticketFields,
  requesterName: contacts.name,
  requesterEmail: contacts.email,
  companyName: companies.name,
  assigneeName: agents.name,
  teamName: teams.name,
  customStatusName: ticketStatuses.name,
  resolutionReasonName: resolutionReasons.name,
};

/**
 * Selects tickets with the joined names a presenter needs. Callers always pass a `where` that
 * includes the workspace condition.
 */
export function selectTicketRows(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(ticketColumns)
    .from(tickets)
    .innerJoin(contacts, eq(contacts.id, tickets.requesterContactId))
    .leftJoin(companies, eq(companies.id, tickets.companyId))
    .leftJoin(agents, eq(agents.id, tickets.assigneeAgentId))
    .leftJoin(teams, eq(teams.id, tickets.teamId))
    .leftJoin(ticketStatuses, eq(ticketStatuses.id, tickets.customStatusId))
    .leftJoin(resolutionReasons, eq(resolutionReasons.id, tickets.resolutionReasonId))
    .where(where)
    .$dynamic();
}

export type TicketRow = Awaited<ReturnType<typeof selectTicketRows>>[number];
