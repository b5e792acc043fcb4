import { describe, expect, it } from 'vitest';
import { ids } from '../../test/fixtures';
import {
  DEFAULT_BOARD_FILTERS,
  dayToTimestamp,
  hasActiveBoardFilters,
  parseBoardFilters,
  serializeBoardFilters,
  toBoardParams,
} from './board-filters';

const FIELD = 'field:0b6c1a4e-8f1d-4a51-9d0c-0000000000ff';

describe('board filters in the URL', () => {
  it('round-trips every filter', () => {
    const search = new URLSearchParams(
      `groupBy=${FIELD}&priority=critical,high&tags=vip,factura&type=billing&assigneeId=me` +
        `&teamId=none&createdFrom=2026-01-01&createdTo=2026-01-31&dueFrom=2026-02-01&dueTo=2026-02-02&q=factura`,
    );
    const filters = parseBoardFilters(search);
    expect(filters).toEqual({
      groupBy: FIELD,
      priority: ['critical', 'high'],
      tags: ['vip', 'factura'],
      type: ['billing'],
      assignee: 'me',
      team: 'none',
      createdFrom: '2026-01-01',
      createdTo: '2026-01-31',
      dueFrom: '2026-02-01',
      dueTo: '2026-02-02',
      q: 'factura',
    });
    expect(parseBoardFilters(serializeBoardFilters(filters))).toEqual(filters);
  });

  it('drops invalid values and leaves defaults out of the URL', () => {
    const filters = parseBoardFilters(
      new URLSearchParams(
        'groupBy=field:nope&priority=urgent,low&assigneeId=alguien&createdFrom=2026-13-45&tags=a b',
      ),
    );
    expect(filters).toEqual({ ...DEFAULT_BOARD_FILTERS, priority: ['low'] });
    expect(serializeBoardFilters(DEFAULT_BOARD_FILTERS).toString()).toBe('');
    expect(hasActiveBoardFilters({ ...DEFAULT_BOARD_FILTERS, groupBy: FIELD })).toBe(false);
    expect(hasActiveBoardFilters({ ...DEFAULT_BOARD_FILTERS, tags: ['vip'] })).toBe(true);
  });
});

describe('toBoardParams', () => {
  it('resolves "me", turns days into inclusive timestamps and omits empty filters', () => {
    const params = toBoardParams(
      {
        ...DEFAULT_BOARD_FILTERS,
        assignee: 'me',
        createdFrom: '2026-01-01',
        dueTo: '2026-01-31',
        priority: ['high'],
      },
      ids.me,
    );
    expect(params).toEqual({
      groupBy: 'status',
      assigneeId: ids.me,
      priority: ['high'],
      createdFrom: dayToTimestamp('2026-01-01', 'start'),
      dueTo: dayToTimestamp('2026-01-31', 'end'),
    });
  });

  it('covers the whole local day at both ends of a range', () => {
    const start = new Date(dayToTimestamp('2026-03-10', 'start'));
    const end = new Date(dayToTimestamp('2026-03-10', 'end'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2026, 2, 10, 0,
    ]);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getMilliseconds()]).toEqual([
      10, 23, 59, 999,
    ]);
  });
});
