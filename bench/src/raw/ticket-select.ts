/**
 * The raw-SQL twins of server/src/queries/list-tickets.ts and ticket-rows.ts: the statement text
 * is what Drizzle generates for the server (captured with `.toSQL()`), so the database does
 * exactly the same work and only the application layers are missing.
 */

const TICKET_COLUMNS = [
  'id',
  'workspace_id',
  'number',
  'subject',
  'status',
  'priority',
  'priority_rank',
  'type',
  'channel',
  'requester_contact_id',
  'company_id',
  'assignee_agent_id',
  'team_id',
  'tags',
  'message_count',
  'created_at',
  'updated_at',
  'first_response_at',
  'solved_at',
  'closed_at',
  'last_message_at',
  'search_vector',
]
  .map((c) => `"tickets"."${c}"`)
  .join(', ');

/** selectTicketRows(): the ticket plus requester, company, assignee and team names. */
export const SELECT_TICKET_ROWS =
  `select ${TICKET_COLUMNS}, "contacts"."name", "contacts"."email", "companies"."name", "agents"."name", "teams"."name" ` +
  `from "tickets" inner join "contacts" on "contacts"."id" = "tickets"."requester_contact_id" ` +
  `left join "companies" on "companies"."id" = "tickets"."company_id" ` +
  `left join "agents" on "agents"."id" = "tickets"."assignee_agent_id" ` +
  `left join "teams" on "teams"."id" = "tickets"."team_id"`;

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
  const values: unknown[] = [workspaceId];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [`"tickets"."workspace_id" = $1`];
  if (filter.status?.length) where.push(`"tickets"."status" in (${filter.status.map(param).join(', ')})`);
  if (filter.assigneeId === 'none') where.push(`"tickets"."assignee_agent_id" is null`);
  else if (filter.assigneeId) where.push(`"tickets"."assignee_agent_id" = ${param(filter.assigneeId)}`);
  if (filter.teamId) where.push(`"tickets"."team_id" = ${param(filter.teamId)}`);
  if (filter.q)
    where.push(
      `"tickets"."search_vector" @@ websearch_to_tsquery('atiende_es'::regconfig, ${param(filter.q)})`,
    );
  if (filter.after) {
    const [at, id] = filter.after;
    where.push(`("tickets"."updated_at", "tickets"."id") < (${param(at)}::timestamptz, ${param(id)}::uuid)`);
  }
  const order =
    filter.sort === 'priority'
      ? `"tickets"."priority_rank" asc, "tickets"."updated_at" desc, "tickets"."id" desc`
      : `"tickets"."updated_at" desc, "tickets"."id" desc`;
  const limit = param(filter.limit + 1);
  return {
    text: `${SELECT_TICKET_ROWS} where (${where.join(' and ')}) order by ${order} limit ${limit}`,
    values,
  };
}

/** getTicket(): one ticket with its joined names. */
export function getTicketStatement(workspaceId: string, ticketId: string): Statement {
  return {
    text: `${SELECT_TICKET_ROWS} where ("tickets"."workspace_id" = $1 and "tickets"."id" = $2) limit $3`,
    values: [workspaceId, ticketId, 1],
  };
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
