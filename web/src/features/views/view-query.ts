import type { SavedView, TicketColumn, ViewQuery } from '@atiende/contracts';
import type { z } from 'zod';
import { parseColumns, sameOrder, serializeColumns } from '../inbox/inbox-columns';
import { localDayOf } from '../inbox/date-range';
import { serializeInboxFilters, toTicketListParams, type InboxFilters } from '../inbox/inbox-filters';
import { COLUMNS_PARAM, VIEW_PARAM } from '../inbox/url-params';

/** A view's query as the client sends it. */
export type ViewQueryBody = z.input<typeof ViewQuery>;

/**
 * The query a view stores for the inbox's current filters. "Assigned to me" is stored as `me`, so a
 * shared "My tickets" view shows each agent their own tickets; paging is not part of it.
 */
export function filtersToViewQuery(filters: InboxFilters, myAgentId: string): ViewQueryBody {
  const { cursor: _cursor, limit: _limit, ...query } = toTicketListParams(filters, myAgentId);
  return filters.assignee === 'me' ? { ...query, assigneeId: 'me' } : query;
}

/** The inbox filters showing a stored view query; `me` (or the agent's own id, in older views) shows as "me". */
export function viewQueryToFilters(query: ViewQuery, myAgentId: string): InboxFilters {
  return {
    status: query.status ?? [],
    customStatusId: query.customStatusId ?? [],
    priority: query.priority ?? [],
    type: query.type ?? [],
    tags: query.tags ?? [],
    activity: query.activity ?? [],
    sla: query.sla ?? [],
    assignee: query.assigneeId === myAgentId || query.assigneeId === 'me' ? 'me' : (query.assigneeId ?? null),
    team: query.teamId ?? null,
    createdFrom: query.createdFrom ? localDayOf(query.createdFrom) : null,
    createdTo: query.createdTo ? localDayOf(query.createdTo) : null,
    q: query.q ?? '',
    sort: query.sort,
  };
}

/** The inbox query string that opens `view`: its filters, its columns and `view=<id>`. */
export function viewToSearch(view: SavedView, myAgentId: string): URLSearchParams {
  const search = serializeInboxFilters(viewQueryToFilters(view.query, myAgentId));
  const columns = serializeColumns(parseColumns(view.columns.join(',')));
  if (columns !== null) search.set(COLUMNS_PARAM, columns);
  search.set(VIEW_PARAM, view.id);
  return search;
}

/** True when the inbox's filters or columns differ from what `view` stores (offer "Save"). */
export function differsFromView(
  view: SavedView,
  filters: InboxFilters,
  columns: readonly TicketColumn[],
  myAgentId: string,
): boolean {
  const stored = serializeInboxFilters(viewQueryToFilters(view.query, myAgentId)).toString();
  return (
    stored !== serializeInboxFilters(filters).toString() ||
    !sameOrder(parseColumns(view.columns.join(',')), columns)
  );
}
