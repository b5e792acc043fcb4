import { TicketListQuery, UNRESOLVED_STATUSES } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import { ticketListSearchParams } from '../../lib/api/query-string';
import { ids } from '../../test/fixtures';
import { endOfLocalDay, startOfLocalDay } from './date-range';
import { configIds } from './inbox-fixtures';
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
      ...DEFAULT_INBOX_FILTERS,
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

  it('round-trips the lifecycle filters: type, custom status, tags, activity and created range', () => {
    const query =
      `status=on_hold&customStatusId=${configIds.statusBank}&type=billing%2Cwarranty&tags=vip%2Cfactura` +
      `&activity=future%2Cdue&createdFrom=2025-11-01&createdTo=2025-11-30`;
    const filters = parse(query);
    expect(filters).toEqual({
      ...DEFAULT_INBOX_FILTERS,
      status: ['on_hold'],
      customStatusId: [configIds.statusBank],
      type: ['billing', 'warranty'],
      tags: ['vip', 'factura'],
      activity: ['future', 'due'],
      createdFrom: '2025-11-01',
      createdTo: '2025-11-30',
    });
    expect(serializeInboxFilters(filters).toString()).toBe(query);
    expect(hasActiveFilters({ ...DEFAULT_INBOX_FILTERS, tags: ['vip'] })).toBe(true);
  });

  it('round-trips the SLA light filter in enum order, drops unknown lights and sends it to the API', () => {
    const filters = parse('sla=warning,breached,red&sort=sla_due');
    expect(filters).toEqual({ ...DEFAULT_INBOX_FILTERS, sla: ['warning', 'breached'], sort: 'sla_due' });
    expect(serializeInboxFilters(filters).toString()).toBe('sla=warning%2Cbreached&sort=sla_due');
    const params = toTicketListParams(filters, ids.me);
    expect(params.sla).toEqual(['warning', 'breached']);
    expect(ticketListSearchParams(params).get('sla')).toBe('warning,breached');
  });

  it('drops invalid lifecycle values (bad ids, type keys, tags, days)', () => {
    const filters = parse(
      'customStatusId=nope&type=Bad%20Type,billing&tags=ok,no%20spaces&activity=red&createdFrom=2025-13-45',
    );
    expect(filters.customStatusId).toEqual([]);
    expect(filters.type).toEqual(['billing']);
    expect(filters.tags).toEqual(['ok']);
    expect(filters.activity).toEqual([]);
    expect(filters.createdFrom).toBeNull();
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
  it('sends the lifecycle filters, with calendar days widened to whole local days', () => {
    const params = toTicketListParams(
      {
        ...DEFAULT_INBOX_FILTERS,
        status: ['trashed'],
        customStatusId: [configIds.statusBank],
        type: ['warranty'],
        tags: ['vip'],
        activity: ['due'],
        createdFrom: '2025-11-01',
        createdTo: '2025-11-30',
      },
      ids.me,
    );
    expect(params).toEqual({
      sort: 'updated_desc',
      status: ['trashed'],
      customStatusId: [configIds.statusBank],
      type: ['warranty'],
      tags: ['vip'],
      activity: ['due'],
      createdFrom: startOfLocalDay('2025-11-01'),
      createdTo: endOfLocalDay('2025-11-30'),
    });
    expect(
      new Date(params.createdTo ?? '').getTime() - new Date(params.createdFrom ?? '').getTime(),
    ).toBeGreaterThan(29 * 24 * 3600_000);

    // The API query string carries every filter, and the server's own schema accepts it.
    const search = ticketListSearchParams(params);
    expect(search.get('type')).toBe('warranty');
    expect(search.get('tags')).toBe('vip');
    expect(search.get('activity')).toBe('due');
    expect(search.get('customStatusId')).toBe(configIds.statusBank);
    expect(search.get('createdFrom')).toBe(startOfLocalDay('2025-11-01'));
    const parsed = TicketListQuery.parse(Object.fromEntries(search));
    expect(parsed).toMatchObject({
      status: ['trashed'],
      type: ['warranty'],
      tags: ['vip'],
      activity: ['due'],
      createdTo: endOfLocalDay('2025-11-30'),
    });
  });

  it('leaves unknown keys out of the API query string', () => {
    const search = ticketListSearchParams({ q: 'x', ...({ bogus: 'y' } as object) });
    expect(search.toString()).toBe('q=x');
  });

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
