import {
  Id,
  TicketPriority,
  TicketSort,
  TicketStatus,
  UNRESOLVED_STATUSES,
  type TicketListQuery,
} from '@atiende/contracts';
import type { TicketListParams } from '../../lib/api/query-string';

/**
 * An agent id, `me` (resolved to the signed-in agent's id by the client) or `none` (unassigned).
 * Ids are plain strings, so the type is `string`; `parseInboxFilters` guarantees the values.
 */
export type AssigneeFilter = string;
/** A team id or `none` (no team). */
export type TeamFilter = string;

/** The inbox view as the user sees it; kept in the URL so views are shareable and survive reloads. */
export interface InboxFilters {
  /** Empty means every status (the URL says `status=all`). */
  status: TicketStatus[];
  priority: TicketPriority[];
  assignee: AssigneeFilter | null;
  team: TeamFilter | null;
  q: string;
  sort: TicketSort;
}

/** With no query string the inbox shows unresolved tickets, most recently updated first. */
export const DEFAULT_INBOX_FILTERS: InboxFilters = {
  status: [...UNRESOLVED_STATUSES],
  priority: [],
  assignee: null,
  team: null,
  q: '',
  sort: 'updated_desc',
};

const ALL = 'all';

/** Keeps only valid enum values, deduplicated and in the enum's own order (stable URLs). */
function parseList<T extends string>(raw: string | null, options: readonly T[]): T[] {
  if (raw === null) return [];
  const wanted = new Set(raw.split(','));
  return options.filter((option) => wanted.has(option));
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function isId(value: string): boolean {
  return Id.safeParse(value).success;
}

/**
 * Reads inbox filters from the URL (`?status=new,open&priority=high&assigneeId=me&teamId=none&q=…
 * &sort=priority`), ignoring invalid values so a hand-edited or stale link still opens a valid view.
 */
export function parseInboxFilters(search: URLSearchParams): InboxFilters {
  const rawStatus = search.get('status');
  let status: TicketStatus[];
  if (rawStatus === ALL) status = [];
  else {
    status = parseList(rawStatus, TicketStatus.options);
    if (status.length === 0) status = [...DEFAULT_INBOX_FILTERS.status];
  }

  const rawAssignee = search.get('assigneeId');
  const assignee: AssigneeFilter | null =
    rawAssignee === 'me' || rawAssignee === 'none' || (rawAssignee !== null && isId(rawAssignee))
      ? rawAssignee
      : null;
  const rawTeam = search.get('teamId');
  const team: TeamFilter | null = rawTeam === 'none' || (rawTeam !== null && isId(rawTeam)) ? rawTeam : null;
  const sort = TicketSort.safeParse(search.get('sort'));

  return {
    status,
    priority: parseList(search.get('priority'), TicketPriority.options),
    assignee,
    team,
    q: (search.get('q') ?? '').trim(),
    sort: sort.success ? sort.data : DEFAULT_INBOX_FILTERS.sort,
  };
}

/**
 * Writes inbox filters to a query string, leaving defaults out so the plain `/inbox` URL stays
 * clean. The inverse of `parseInboxFilters`.
 */
export function serializeInboxFilters(filters: InboxFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status.length === 0) search.set('status', ALL);
  else if (!sameSet(filters.status, DEFAULT_INBOX_FILTERS.status)) {
    search.set('status', TicketStatus.options.filter((s) => filters.status.includes(s)).join(','));
  }
  if (filters.priority.length > 0) {
    search.set('priority', TicketPriority.options.filter((p) => filters.priority.includes(p)).join(','));
  }
  if (filters.assignee !== null) search.set('assigneeId', filters.assignee);
  if (filters.team !== null) search.set('teamId', filters.team);
  if (filters.q.trim() !== '') search.set('q', filters.q.trim());
  if (filters.sort !== DEFAULT_INBOX_FILTERS.sort) search.set('sort', filters.sort);
  return search;
}

/** True when the view differs from the default inbox (to offer "clear filters"). */
export function hasActiveFilters(filters: InboxFilters): boolean {
  return serializeInboxFilters(filters).toString() !== '';
}

/**
 * The API query for a view: `me` becomes the signed-in agent's id, empty lists mean "no filter".
 * Typed by the contracts' `TicketListQuery` so the request matches what the server validates.
 */
export function toTicketListParams(filters: InboxFilters, myAgentId: string): TicketListParams {
  const params: Partial<TicketListQuery> = { sort: filters.sort };
  if (filters.status.length > 0) params.status = filters.status;
  if (filters.priority.length > 0) params.priority = filters.priority;
  if (filters.assignee !== null) params.assigneeId = filters.assignee === 'me' ? myAgentId : filters.assignee;
  if (filters.team !== null) params.teamId = filters.team;
  if (filters.q !== '') params.q = filters.q;
  return params;
}
