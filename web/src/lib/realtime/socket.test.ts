import type { PublicEvent } from '@atiende/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../test/fixtures';
import { reconnectDelay } from './backoff';
import { RealtimeClient } from './socket';

/** Minimal stand-in for a browser WebSocket that the test drives by hand. */
class FakeSocket extends EventTarget {
  readyState: number = WebSocket.CONNECTING;
  sent: string[] = [];
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = WebSocket.CLOSED;
  }
  receive(data: unknown) {
    this.readyState = WebSocket.OPEN;
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
  drop() {
    this.readyState = WebSocket.CLOSED;
    this.dispatchEvent(new Event('close'));
  }
}

const sampleEvent: PublicEvent = {
  id: 'evt-1',
  type: 'ticket.created',
  ticketId: ids.ticket,
  entityId: ids.ticket,
  actor: { type: 'agent', id: ids.otherAgent, name: 'Beto' },
  changes: [],
  createdAt: '2025-11-20T10:00:00.000Z',
};

function setup() {
  const sockets: FakeSocket[] = [];
  const onEvent = vi.fn();
  const onReady = vi.fn();
  const client = new RealtimeClient(
    { onEvent, onReady },
    {
      url: 'ws://test/api/realtime',
      pingIntervalMs: 1000,
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket as unknown as WebSocket;
      },
    },
  );
  return { client, sockets, onEvent, onReady };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RealtimeClient', () => {
  it('delivers valid events and ignores malformed messages', () => {
    const { client, sockets, onEvent, onReady } = setup();
    client.start();
    sockets[0]?.receive({ type: 'ready' });
    sockets[0]?.receive({ type: 'event', event: sampleEvent });
    sockets[0]?.receive({ type: 'event', event: { nope: true } });
    sockets[0]?.receive({ type: 'pong' });
    expect(onReady).toHaveBeenCalledWith(false);
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith(sampleEvent);
    client.stop();
  });

  it('pings while open and reconnects with backoff after a drop', () => {
    vi.useFakeTimers();
    const { client, sockets, onReady } = setup();
    client.start();
    sockets[0]?.receive({ type: 'ready' });
    vi.advanceTimersByTime(1000);
    expect(sockets[0]?.sent).toEqual([JSON.stringify({ type: 'ping' })]);

    sockets[0]?.drop();
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
    sockets[1]?.receive({ type: 'ready' });
    expect(onReady).toHaveBeenLastCalledWith(true);
    client.stop();
  });

  it('delivers presence to onPresence and sends client messages only while open', () => {
    const onPresence = vi.fn();
    const sockets: FakeSocket[] = [];
    const client = new RealtimeClient(
      { onEvent: vi.fn(), onPresence },
      {
        url: 'ws://test/api/realtime',
        createSocket: () => {
          const socket = new FakeSocket();
          sockets.push(socket);
          return socket as unknown as WebSocket;
        },
      },
    );
    client.start();
    const message = { type: 'presence', ticketId: ids.ticket, state: 'typing' } as const;
    expect(client.send(message)).toBe(false);
    sockets[0]?.receive({ type: 'ready' });
    expect(client.send(message)).toBe(true);
    expect(sockets[0]?.sent).toEqual([JSON.stringify(message)]);

    const presence = {
      ticketId: ids.ticket,
      agent: { id: ids.otherAgent, name: 'Beto' },
      state: 'viewing',
      at: '2025-11-20T10:00:00.000Z',
    };
    sockets[0]?.receive({ type: 'presence', presence });
    sockets[0]?.receive({ type: 'presence', presence: { ...presence, state: 'dancing' } });
    expect(onPresence).toHaveBeenCalledTimes(1);
    expect(onPresence).toHaveBeenCalledWith(presence);
    client.stop();
  });

  it('does not reconnect after stop()', () => {
    vi.useFakeTimers();
    const { client, sockets } = setup();
    client.start();
    client.stop();
    sockets[0]?.drop();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('reconnectDelay', () => {
  it('grows exponentially up to the cap, with jitter in the upper half', () => {
    expect(reconnectDelay(0, 1000, 30_000, () => 0)).toBe(500);
    expect(reconnectDelay(0, 1000, 30_000, () => 1)).toBe(1000);
    expect(reconnectDelay(3, 1000, 30_000, () => 1)).toBe(8000);
    expect(reconnectDelay(20, 1000, 30_000, () => 1)).toBe(30_000);
  });
});
