import type { PublicEvent } from '@atiende/contracts';
import { describe, expect, it } from 'vitest';
import { ids } from '../../test/fixtures';
import { queryKeysForEvent } from './invalidation';

function event(overrides: Partial<PublicEvent>): PublicEvent {
  return {
    id: 'evt-1',
    type: 'ticket.updated',
    ticketId: ids.ticket,
    entityId: ids.ticket,
    actor: { type: 'agent', id: ids.otherAgent, name: 'Beto' },
    changes: [],
    createdAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}

describe('queryKeysForEvent', () => {
  it('refreshes lists, counts, board and the ticket (with thread and history) on ticket events', () => {
    const types = [
      'ticket.created',
      'ticket.updated',
      'message.created',
      'ticket.merged',
      'activity.created',
    ] as const;
    for (const type of types) {
      expect(queryKeysForEvent(event({ type }))).toEqual([['tickets'], ['ticket', ids.ticket]]);
    }
  });

  it('refreshes only the ticket collections when the event has no ticket id', () => {
    expect(queryKeysForEvent(event({ ticketId: null }))).toEqual([['tickets']]);
  });

  it('refreshes the ticket configuration and every ticket collection when an admin changes it', () => {
    expect(queryKeysForEvent(event({ type: 'ticket_config.updated', ticketId: null }))).toEqual([
      ['ticket-config'],
      ['tickets'],
    ]);
  });

  it('refreshes contacts and the contact page on contact events', () => {
    const keys = queryKeysForEvent(event({ type: 'contact.updated', ticketId: null, entityId: ids.contact }));
    expect(keys).toContainEqual(['contacts']);
    expect(keys).toContainEqual(['contact', ids.contact]);
  });

  it('refreshes companies on company events and the directory on agent/team events', () => {
    expect(queryKeysForEvent(event({ type: 'company.created', entityId: ids.company }))).toContainEqual([
      'company',
      ids.company,
    ]);
    expect(queryKeysForEvent(event({ type: 'agent.updated' }))).toEqual([['agents']]);
    expect(queryKeysForEvent(event({ type: 'team.created' }))).toEqual([['teams']]);
  });

  it('refreshes a breached ticket (its SLA clocks live under it) and every list, like other ticket events', () => {
    expect(queryKeysForEvent(event({ type: 'ticket.sla_breached' }))).toEqual([
      ['tickets'],
      ['ticket', ids.ticket],
    ]);
  });

  it('refreshes the SLA settings and every ticket collection when a policy or calendar changes', () => {
    expect(queryKeysForEvent(event({ type: 'sla.updated', ticketId: null }))).toEqual([
      ['sla'],
      ['tickets'],
      ['ticket'],
    ]);
  });

  it('refreshes the surveys reports and the answered ticket when a customer responds', () => {
    expect(queryKeysForEvent(event({ type: 'survey.responded' }))).toEqual([
      ['surveys'],
      ['tickets'],
      ['ticket', ids.ticket],
    ]);
  });

  it('refreshes the ticket for other ticket-related events, and nothing for unrelated ones', () => {
    expect(queryKeysForEvent(event({ type: 'message.delivery_updated' }))).toEqual([['ticket', ids.ticket]]);
    expect(queryKeysForEvent(event({ type: 'ticket.followers_changed' }))).toEqual([['ticket', ids.ticket]]);
    expect(queryKeysForEvent(event({ type: 'mailbox.updated', ticketId: null }))).toEqual([]);
  });
});
