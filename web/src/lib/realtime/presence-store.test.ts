import { PRESENCE_TTL_MS, type ClientSocketMessage, type Presence } from '@atiende/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../test/fixtures';
import { PRESENCE_HEARTBEAT_MS, PresenceStore, TYPING_IDLE_MS } from './presence-store';

const other = { id: ids.otherAgent, name: 'Beto Ríos' };

function presence(state: Presence['state'], ticketId: string = ids.ticket): Presence {
  return { ticketId, agent: other, state, at: new Date().toISOString() };
}

function connected() {
  const store = new PresenceStore();
  const sent: ClientSocketMessage[] = [];
  store.connect((message) => {
    sent.push(message);
    return true;
  });
  const states = () => sent.map((m) => (m.type === 'presence' ? m.state : m.type));
  return { store, sent, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceStore, announcing this tab', () => {
  it('announces viewing once per ticket, repeats it, and says left when the last holder releases', () => {
    const { store, sent, states } = connected();
    const releaseHeader = store.hold(ids.ticket);
    const releaseComposer = store.hold(ids.ticket);
    expect(sent).toEqual([{ type: 'presence', ticketId: ids.ticket, state: 'viewing' }]);

    vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS);
    expect(states()).toEqual(['viewing', 'viewing']);

    releaseHeader();
    releaseHeader(); // releasing twice does not count twice
    expect(states()).toEqual(['viewing', 'viewing']);
    releaseComposer();
    expect(states()).toEqual(['viewing', 'viewing', 'left']);
    vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS * 3);
    expect(states()).toHaveLength(3);
  });

  it('says typing on the first keystroke only, and viewing again once idle', () => {
    const { store, states } = connected();
    store.hold(ids.ticket);
    store.typed(ids.ticket);
    vi.advanceTimersByTime(1000);
    store.typed(ids.ticket);
    expect(states()).toEqual(['viewing', 'typing']);
    vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
    expect(states()).toEqual(['viewing', 'typing']);
    vi.advanceTimersByTime(1);
    expect(states()).toEqual(['viewing', 'typing', 'viewing']);
  });

  it('leaves while the tab is hidden and comes back when visible; re-announces on reconnect', () => {
    const { store, states } = connected();
    store.hold(ids.ticket);
    store.setHidden(true);
    vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS);
    expect(states()).toEqual(['viewing', 'left']);
    store.setHidden(false);
    expect(states()).toEqual(['viewing', 'left', 'viewing']);

    store.disconnect();
    vi.advanceTimersByTime(PRESENCE_HEARTBEAT_MS);
    const again: ClientSocketMessage[] = [];
    store.connect((message) => {
      again.push(message);
      return true;
    });
    expect(again).toEqual([{ type: 'presence', ticketId: ids.ticket, state: 'viewing' }]);
  });
});

describe('PresenceStore, other agents', () => {
  it('answers a newcomer on a held ticket at once, once', () => {
    const { store, states } = connected();
    store.hold(ids.ticket);
    store.receive(presence('viewing'));
    expect(states()).toEqual(['viewing', 'viewing']);
    store.receive(presence('typing'));
    store.receive(presence('viewing', ids.message)); // a ticket this tab does not hold
    expect(states()).toEqual(['viewing', 'viewing']);
  });

  it('lists others per ticket until they leave or their announcement expires', () => {
    const store = new PresenceStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.receive(presence('viewing'));
    const snapshot = store.othersOn(ids.ticket);
    expect(snapshot).toEqual([{ agent: other, state: 'viewing' }]);
    expect(store.othersOn(ids.ticket)).toBe(snapshot); // stable until it changes
    expect(store.othersOn(ids.message)).toEqual([]);

    store.receive(presence('typing'));
    expect(store.othersOn(ids.ticket)).toEqual([{ agent: other, state: 'typing' }]);
    store.receive(presence('left'));
    expect(store.othersOn(ids.ticket)).toEqual([]);

    store.receive(presence('viewing'));
    vi.advanceTimersByTime(PRESENCE_TTL_MS - 1);
    store.receive(presence('viewing')); // a heartbeat renews it
    vi.advanceTimersByTime(PRESENCE_TTL_MS - 1);
    expect(store.othersOn(ids.ticket)).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.othersOn(ids.ticket)).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(6);
  });
});
