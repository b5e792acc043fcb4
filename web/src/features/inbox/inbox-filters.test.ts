import { UNRESOLVED_STATUSES } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import { ids } from '../../test/fixtures';
import {
  DEFAULT_INBOX_FILTERS,
  hasActiveFilters,
  parseInboxFilters,
  serializeInboxFilters,
  toTicketListParams,
} from './inbox-filters';

const parse = (query: string) => parseInboxFilters(new URLSearchParams(query));

describe('inbox filters in the URL', () => {
  it('defaults to unresolved tickets, most recently updated first', () => {
    expect(parse('')).toEqual(DEFAULT_INBOX_FILTERS);
    expect(DEFAULT_INBOX_FILTERS.status).toEqual(UNRESOLVED_STATUSES);
    expect(serializeInboxFilters(DEFAULT_INBOX_FILTERS).toString()).toBe('');
    expect(hasActiveFilters(DEFAULT_INBOX_FILTERS)).toBe(false);
  });

  it('round-trips every filter', () => {
    const query = `status=open%2Cpending&priority=critical%2Chigh&assigneeId=me&teamId=${ids.team}&q=factura&sort=priority`;
    const filters = parse(query);
    expect(filters).toEqual({
      status: ['open', 'pending'],
      priority: ['critical', 'high'],
      assignee: 'me',
      team: ids.team,
      q: 'factura',
      sort: 'priority',
    });
    expect(serializeInboxFilters(filters).toString()).toBe(query);
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it('represents "every status" as status=all', () => {
    const filters = { ...DEFAULT_INBOX_FILTERS, status: [] };
    expect(serializeInboxFilters(filters).get('status')).toBe('all');
    expect(parse('status=all').status).toEqual([]);
  });

  it('ignores invalid values from hand-edited links', () => {
    const filters = parse('status=bogus&priority=urgent,low&assigneeId=12&teamId=x&sort=random');
    expect(filters.status).toEqual(DEFAULT_INBOX_FILTERS.status);
    expect(filters.priority).toEqual(['low']);
    expect(filters.assignee).toBeNull();
    expect(filters.team).toBeNull();
    expect(filters.sort).toBe('updated_desc');
  });
});

describe('toTicketListParams', () => {
  it('resolves "me" to the signed-in agent and drops empty filters', () => {
    const params = toTicketListParams({ ...DEFAULT_INBOX_FILTERS, status: [], assignee: 'me' }, ids.me);
    expect(params).toEqual({ sort: 'updated_desc', assigneeId: ids.me });
  });

  it('passes "none" through for unassigned tickets and tickets without team', () => {
    const params = toTicketListParams({ ...DEFAULT_INBOX_FILTERS, assignee: 'none', team: 'none' }, ids.me);
    expect(params.assigneeId).toBe('none');
    expect(params.teamId).toBe('none');
    expect(params.status).toEqual(UNRESOLVED_STATUSES);
  });
});
