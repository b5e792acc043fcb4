import { BoardGroupBy, Id, Tag, TicketPriority, TicketType } from '@atiende/contracts';
import type { BoardParams } from './board-api';

/** The board as the agent set it up; kept in the URL so a board is shareable and survives reloads. */
export interface BoardFilters {
  /** `status`, or `field:<id>` to use a dropdown custom field's options as columns. */
  groupBy: BoardGroupBy;
  priority: TicketPriority[];
  tags: string[];
  /** Ticket type keys. */
  type: string[];
  /** An agent id, `me` (resolved by the client) or `none` (unassigned). */
  assignee: string | null;
  /** A team id or `none`. */
  team: string | null;
  /** Calendar days `YYYY-MM-DD` (inclusive), empty when open-ended. */
  createdFrom: string;
  createdTo: string;
  dueFrom: string;
  dueTo: string;
  q: string;
}

export const DEFAULT_BOARD_FILTERS: BoardFilters = {
  groupBy: 'status',
  priority: [],
  tags: [],
  type: [],
  assignee: null,
  team: null,
  createdFrom: '',
  createdTo: '',
  dueFrom: '',
  dueTo: '',
  q: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type DayKey = 'createdFrom' | 'createdTo' | 'dueFrom' | 'dueTo';
const DAY_KEYS: readonly DayKey[] = ['createdFrom', 'createdTo', 'dueFrom', 'dueTo'];

function splitList(raw: string | null): string[] {
  if (raw === null) return [];
  return [...new Set(raw.split(',').filter((value) => value !== ''))];
}

function validList(raw: string | null, accepts: (value: string) => boolean): string[] {
  return splitList(raw).filter(accepts);
}

function parseDay(raw: string | null): string {
  if (raw === null || !DAY.test(raw)) return '';
  return Number.isNaN(new Date(`${raw}T00:00:00`).getTime()) ? '' : raw;
}

function parseWho(raw: string | null, extra: readonly string[]): string | null {
  if (raw === null) return null;
  return extra.includes(raw) || Id.safeParse(raw).success ? raw : null;
}

/**
 * Reads the board setup from the URL (`?groupBy=field:<id>&priority=high,critical&tags=vip&type=billing
 * &assigneeId=me&teamId=none&createdFrom=2026-01-01&dueTo=2026-02-01&q=…`). Invalid values are dropped,
 * so a stale or hand-edited link still opens a valid board.
 */
export function parseBoardFilters(search: URLSearchParams): BoardFilters {
  const groupBy = BoardGroupBy.safeParse(search.get('groupBy'));
  const filters: BoardFilters = {
    groupBy: groupBy.success ? groupBy.data : 'status',
    priority: TicketPriority.options.filter((p) => splitList(search.get('priority')).includes(p)),
    tags: validList(search.get('tags'), (tag) => Tag.safeParse(tag).success).map((tag) => tag.toLowerCase()),
    type: validList(search.get('type'), (type) => TicketType.safeParse(type).success),
    assignee: parseWho(search.get('assigneeId'), ['me', 'none']),
    team: parseWho(search.get('teamId'), ['none']),
    createdFrom: '',
    createdTo: '',
    dueFrom: '',
    dueTo: '',
    q: (search.get('q') ?? '').trim(),
  };
  for (const key of DAY_KEYS) filters[key] = parseDay(search.get(key));
  return filters;
}

/** Writes the board setup to a query string, leaving defaults out. The inverse of `parseBoardFilters`. */
export function serializeBoardFilters(filters: BoardFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.groupBy !== 'status') search.set('groupBy', filters.groupBy);
  const priority = TicketPriority.options.filter((p) => filters.priority.includes(p));
  if (priority.length > 0) search.set('priority', priority.join(','));
  if (filters.tags.length > 0) search.set('tags', filters.tags.join(','));
  if (filters.type.length > 0) search.set('type', filters.type.join(','));
  if (filters.assignee !== null) search.set('assigneeId', filters.assignee);
  if (filters.team !== null) search.set('teamId', filters.team);
  for (const key of DAY_KEYS) if (filters[key] !== '') search.set(key, filters[key]);
  if (filters.q.trim() !== '') search.set('q', filters.q.trim());
  return search;
}

/** True when any filter narrows the board (the grouping is not a filter), to offer "clear filters". */
export function hasActiveBoardFilters(filters: BoardFilters): boolean {
  return serializeBoardFilters({ ...filters, groupBy: 'status' }).toString() !== '';
}

/**
 * A calendar day as an ISO timestamp in the browser's time zone: the first millisecond of the day
 * for a range start, the last one for a range end, so both ends of a range are inclusive.
 */
export function dayToTimestamp(day: string, edge: 'start' | 'end'): string {
  const time = edge === 'start' ? 'T00:00:00.000' : 'T23:59:59.999';
  return new Date(`${day}${time}`).toISOString();
}

/**
 * The API query (`BoardQuery`) for a board setup: `me` becomes the signed-in agent's id, days
 * become inclusive timestamps, and empty filters are left out so the server applies its defaults.
 */
export function toBoardParams(filters: BoardFilters, myAgentId: string): BoardParams {
  const params: BoardParams = { groupBy: filters.groupBy };
  if (filters.priority.length > 0) params.priority = filters.priority;
  if (filters.tags.length > 0) params.tags = filters.tags;
  if (filters.type.length > 0) params.type = filters.type;
  if (filters.assignee !== null) params.assigneeId = filters.assignee === 'me' ? myAgentId : filters.assignee;
  if (filters.team !== null) params.teamId = filters.team;
  if (filters.createdFrom !== '') params.createdFrom = dayToTimestamp(filters.createdFrom, 'start');
  if (filters.createdTo !== '') params.createdTo = dayToTimestamp(filters.createdTo, 'end');
  if (filters.dueFrom !== '') params.dueFrom = dayToTimestamp(filters.dueFrom, 'start');
  if (filters.dueTo !== '') params.dueTo = dayToTimestamp(filters.dueTo, 'end');
  if (filters.q !== '') params.q = filters.q;
  return params;
}
