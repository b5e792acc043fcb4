import { TicketListQuery, type CompanyListQuery, type ContactListQuery } from '@atiende/contracts';

/** Inbox filters as the client holds them: every field optional, defaults applied by the server. */
export type TicketListParams = Partial<TicketListQuery>;
export type ContactListParams = Partial<ContactListQuery>;
export type CompanyListParams = Partial<CompanyListQuery>;

type QueryValue = string | number | readonly string[] | null | undefined;

/**
 * Serialises list filters to the query string the API expects: arrays become one comma-separated
 * value (`status=new,open`, as `csvArray` parses them), strings are trimmed, and empty values are
 * left out so the server applies its own defaults. Keys are emitted in a stable (sorted) order so
 * equal filters give equal URLs.
 */
export function toSearchParams(params: Record<string, QueryValue>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'number') {
      search.set(key, String(value));
    } else if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '') search.set(key, trimmed);
    } else {
      const items = value.map((v) => v.trim()).filter((v) => v !== '');
      if (items.length > 0) search.set(key, items.join(','));
    }
  }
  return search;
}

/** Every parameter GET /api/tickets understands (paging, sort and all `TicketFilters`). */
const TICKET_LIST_KEYS = Object.keys(TicketListQuery.shape) as (keyof TicketListQuery)[];

/**
 * Query string for GET /api/tickets from typed `TicketListQuery` filters: status, custom status,
 * priority, type, tags and activity as comma lists; assignee, team, requester, company, the
 * created/due date ranges (ISO timestamps), search, sort and paging as single values. Keys the
 * endpoint does not know are dropped rather than sent.
 */
export function ticketListSearchParams(query: TicketListParams): URLSearchParams {
  const known: Record<string, QueryValue> = {};
  for (const key of TICKET_LIST_KEYS) known[key] = query[key];
  return toSearchParams(known);
}
