import { describe, expect, it } from 'vitest';
import type { TicketLink } from '@atiende/contracts';
import { groupLinks, isRemovable, linkGroup } from './link-groups';

const link = (kind: TicketLink['kind'], direction: TicketLink['direction'], id: string): TicketLink => ({
  id,
  kind,
  direction,
  ticket: { id: `t-${id}`, number: Number(id), subject: 'x', status: 'open' },
  createdAt: '2025-11-20T10:00:00.000Z',
});

describe('link groups', () => {
  it('reads each kind from this ticket’s side', () => {
    expect(linkGroup(link('incident', 'outgoing', '1'))).toBe('problem');
    expect(linkGroup(link('incident', 'incoming', '1'))).toBe('incidents');
    expect(linkGroup(link('merged_into', 'outgoing', '1'))).toBe('mergedInto');
    expect(linkGroup(link('merged_into', 'incoming', '1'))).toBe('mergedHere');
    expect(linkGroup(link('split_from', 'outgoing', '1'))).toBe('splitFrom');
    expect(linkGroup(link('follow_up_of', 'incoming', '1'))).toBe('followUps');
    expect(linkGroup(link('related', 'incoming', '1'))).toBe('related');
  });

  it('groups in display order and leaves empty groups out', () => {
    const groups = groupLinks([
      link('related', 'outgoing', '1'),
      link('incident', 'incoming', '2'),
      link('incident', 'incoming', '3'),
    ]);
    expect(groups.map((g) => [g.group, g.links.map((l) => l.id)])).toEqual([
      ['incidents', ['2', '3']],
      ['related', ['1']],
    ]);
  });

  it('lets agents remove only hand-made links', () => {
    expect(isRemovable({ kind: 'related' })).toBe(true);
    expect(isRemovable({ kind: 'incident' })).toBe(true);
    expect(isRemovable({ kind: 'merged_into' })).toBe(false);
  });
});
