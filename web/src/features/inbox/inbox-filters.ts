import {
  ActivityIndicator,
  Id,
  SlaIndicator,
  Tag,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketType,
  UNRESOLVED_STATUSES,
  type TicketListQuery,
} from '@atiende/contracts';
import type { TicketListParams } from '../../lib/api/query-string';
import { endOfLocalDay, startOfLocalDay } from './date-range';

/**
 * An agent id, `me` (resolved to the signed-in agent's id by the client) or `none` (unassigned).
 * Ids are plain strings, so the type is `string`; `parseInboxFilters` guarantees the values.
 */
export type AssigneeFilter = string;
/** A team id or `none` (no team). */
export type TeamFilter = string;

/** The inbox view as the user sees it; kept in the URL so views are shareable and survive reloads. */
export interface InboxFilters {
  /** Empty means every status (the URL says `status=all`); `['trashed']` is the trash. */
  status: TicketStatus[];
  /** Admin-defined statuses (ids). */
  customStatusId: string[];
  priority: TicketPriority[];
  /** Ticket type keys. */
  type: string[];
  tags: string[];
  activity: ActivityIndicator[];
  /** SLA lights (`slaIndicator`), evaluated by the server at request time. */
  sla: SlaIndicator[];
  assignee: AssigneeFilter | null;
  team: TeamFilter | null;
  /** Calendar days (`YYYY-MM-DD`, the agent's local time), both inclusive. */
  createdFrom: string | null;
  createdTo: string | null;
  q: string;
  sort: TicketSort;
}

/** With no query string the inbox shows unresolved tickets, most recently updated first. */
export const DEFAULT_INBOX_FILTERS: InboxFilters = {
  status: [...UNRESOLVED_STATUSES],
  customStatusId: [],
  priority: [],
  type: [],
  tags: [],
  activity: [],
  sla: [],
  assignee: null,
  team: null,
  createdFrom: null,
  createdTo: null,
  q: '',
  sort: 'updated_desc',
};

/** Query-string keys the filters own; other keys (`view`, `columns`) are left alone when they change. */
export const FILTER_PARAM_KEYS = [
  'status',
  'customStatusId',
  'priority',
  'type',
  'tags',
  'activity',
  'sla',
  'assigneeId',
  'teamId',
  'createdFrom',
  'createdTo',
  'q',
  'sort',
] as const;

const ALL = 'all';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Keeps only valid enum values, deduplicated and in the enum's own order (stable URLs). */
function parseList<T extends string>(raw: string | null, options: readonly T[]): T[] {
  if (raw === null) return [];
  const wanted = new Set(raw.split(','));
  return options.filter((option) => wanted.has(option));
}

/** Free values (ids, type keys, tags): the valid ones, deduplicated, in the order given. */
function parseFree(raw: string | null, valid: (value: string) => string | null): string[] {
  if (raw === null) return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const value = valid(part);
    if (value !== null && !out.includes(value)) out.push(value);
  }
  return out;
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function isId(value: string): boolean {
  return Id.safeParse(value).success;
}

const asId = (value: string) => (isId(value) ? value : null);
const asType = (value: string) => (TicketType.safeParse(value).success ? value : null);
const asTag = (value: string) => {
  const parsed = Tag.safeParse(value);
  return parsed.success ? parsed.data : null;
};

function parseDay(raw: string | null): string | null {
  return raw !== null && DAY.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

/**
 * Reads inbox filters from the URL (`?status=new,open&priority=high&type=billing&tags=vip
 * &activity=due&sla=breached,warning&assigneeId=me&teamId=none&createdFrom=2025-01-01&q=…&sort=priority`), ignoring
 * invalid values so a hand-edited or stale link still opens a valid view.
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
    customStatusId: parseFree(search.get('customStatusId'), asId),
    priority: parseList(search.get('priority'), TicketPriority.options),
    type: parseFree(search.get('type'), asType),
    tags: parseFree(search.get('tags'), asTag),
    activity: parseList(search.get('activity'), ActivityIndicator.options),
    sla: parseList(search.get('sla'), SlaIndicator.options),
    assignee,
    team,
    createdFrom: parseDay(search.get('createdFrom')),
    createdTo: parseDay(search.get('createdTo')),
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
  if (filters.customStatusId.length > 0) search.set('customStatusId', filters.customStatusId.join(','));
  if (filters.priority.length > 0) {
    search.set('priority', TicketPriority.options.filter((p) => filters.priority.includes(p)).join(','));
  }
  if (filters.type.length > 0) search.set('type', filters.type.join(','));
  if (filters.tags.length > 0) search.set('tags', filters.tags.join(','));
  if (filters.activity.length > 0) {
    search.set('activity', ActivityIndicator.options.filter((a) => filters.activity.includes(a)).join(','));
  }
  if (filters.sla.length > 0) {
    search.set('sla', SlaIndicator.options.filter((s) => filters.sla.includes(s)).join(','));
  }
  if (filters.assignee !== null) search.set('assigneeId', filters.assignee);
  if (filters.team !== null) search.set('teamId', filters.team);
  if (filters.createdFrom !== null) search.set('createdFrom', filters.createdFrom);
  if (filters.createdTo !== null) search.set('createdTo', filters.createdTo);
  if (filters.q.trim() !== '') search.set('q', filters.q.trim());
  if (filters.sort !== DEFAULT_INBOX_FILTERS.sort) search.set('sort', filters.sort);
  return search;
}

/** True when the view differs from the default inbox (to offer "clear filters"). */
export function hasActiveFilters(filters: InboxFilters): boolean {
  return serializeInboxFilters(filters).toString() !== '';
}

/** True when the filters show the trash (trashed tickets only). */
export function isTrashView(filters: InboxFilters): boolean {
  return filters.status.length === 1 && filters.status[0] === 'trashed';
}

/**
 * The API query for a view: `me` becomes the signed-in agent's id, empty lists mean "no filter",
 * calendar days become the first and last instant of that day in the agent's time zone.
 * Typed by the contracts' `TicketListQuery` so the request matches what the server validates.
 */
export function toTicketListParams(filters: InboxFilters, myAgentId: string): TicketListParams {
  const params: Partial<TicketListQuery> = { sort: filters.sort };
  if (filters.status.length > 0) params.status = filters.status;
  if (filters.customStatusId.length > 0) params.customStatusId = filters.customStatusId;
  if (filters.priority.length > 0) params.priority = filters.priority;
  if (filters.type.length > 0) params.type = filters.type;
  if (filters.tags.length > 0) params.tags = filters.tags;
  if (filters.activity.length > 0) params.activity = filters.activity;
  if (filters.sla.length > 0) params.sla = filters.sla;
  if (filters.assignee !== null) params.assigneeId = filters.assignee === 'me' ? myAgentId : filters.assignee;
  if (filters.team !== null) params.teamId = filters.team;
  if (filters.createdFrom !== null) params.createdFrom = startOfLocalDay(filters.createdFrom);
  if (filters.createdTo !== null) params.createdTo = endOfLocalDay(filters.createdTo);
  if (filters.q !== '') params.q = filters.q;
  return params;
}
