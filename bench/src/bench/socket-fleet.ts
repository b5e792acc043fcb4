import WebSocket from 'ws';
import type { AgentHttp } from './http-client';

/** Text of a WebSocket message whatever form `ws` delivered it in. */
function messageText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** Waits for a marker to reach the watcher socket and every socket of the fleet. */
export interface Delivery {
  /** performance.now() and Date.now() when the watcher received it, and the event's createdAt. */
  watcher: Promise<{ at: number; wallMs: number; createdAtMs: number }>;
  /** performance.now() when the first socket of the fleet received it. */
  first: Promise<number>;
  /** performance.now() when the last socket of the fleet received it. */
  all: Promise<number>;
}

interface Expectation {
  marker: string;
  received: number;
  onWatcher: (value: { at: number; wallMs: number; createdAtMs: number }) => void;
  onFirst: (at: number) => void;
  onAll: (at: number) => void;
}

/**
 * Many signed-in browser tabs on /api/realtime. Every socket counts deliveries of the awaited
 * marker; the last socket opened is the "watcher" (last in the server's fan-out order), which
 * also parses the event to read its createdAt.
 */
export class SocketFleet {
  private readonly sockets: WebSocket[] = [];
  private expectation: Expectation | null = null;

  private constructor(private readonly wsUrl: string) {}

  /** Opens `count` sockets, round-robin over the sessions, `batch` upgrades at a time. */
  static async open(
    baseUrl: string,
    sessions: readonly AgentHttp[],
    count: number,
    batch = 50,
  ): Promise<SocketFleet> {
    const fleet = new SocketFleet(`${baseUrl.replace(/^http/, 'ws')}/api/realtime`);
    try {
      for (let first = 0; first < count; first += batch) {
        const size = Math.min(batch, count - first);
        const opened = await Promise.all(
          Array.from({ length: size }, (_v, k) => {
            const session = sessions[(first + k) % sessions.length];
            if (!session) throw new Error('no session to open a socket with');
            return fleet.connect(session.sessionCookie);
          }),
        );
        for (const socket of opened) fleet.attach(socket, fleet.sockets.length === count - 1);
      }
    } catch (error) {
      fleet.close();
      throw error;
    }
    return fleet;
  }

  get size(): number {
    return this.sockets.length;
  }

  private connect(cookie: string): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.wsUrl, { headers: { cookie: `atiende_session=${cookie}` } });
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error('socket did not become ready within 10 s'));
      }, 10_000);
      socket.once('message', (data) => {
        clearTimeout(timer);
        if (messageText(data).includes('"ready"')) resolve(socket);
        else reject(new Error('first socket message was not "ready"'));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once('unexpected-response', (_req, res) => {
        clearTimeout(timer);
        reject(new Error(`socket refused: HTTP ${String(res.statusCode)}`));
      });
    });
  }

  private attach(socket: WebSocket, isWatcher: boolean): void {
    this.sockets.push(socket);
    socket.on('error', () => undefined);
    socket.on('message', (data) => {
      const expected = this.expectation;
      if (!expected) return;
      const text = messageText(data);
      if (!text.includes(expected.marker)) return;
      const at = performance.now();
      if (isWatcher) {
        const parsed = JSON.parse(text) as { event?: { createdAt?: string } };
        expected.onWatcher({
          at,
          wallMs: Date.now(),
          createdAtMs: Date.parse(parsed.event?.createdAt ?? ''),
        });
      }
      expected.received++;
      if (expected.received === 1) expected.onFirst(at);
      if (expected.received === this.sockets.length) expected.onAll(at);
    });
  }

  /** Starts waiting for the next message containing `marker`; rejects after `timeoutMs`. */
  expect(marker: string, timeoutMs = 5000): Delivery {
    let onWatcher: Expectation['onWatcher'] = () => undefined;
    let onFirst: Expectation['onFirst'] = () => undefined;
    let onAll: Expectation['onAll'] = () => undefined;
    const timeout = (what: string) =>
      new Promise<never>((_resolve, reject) => {
        setTimeout(
          () => reject(new Error(`${what} did not receive ${marker} within ${timeoutMs} ms`)),
          timeoutMs,
        ).unref();
      });
    const watcher = Promise.race([
      new Promise<{ at: number; wallMs: number; createdAtMs: number }>((resolve) => (onWatcher = resolve)),
      timeout('the watcher socket'),
    ]);
    const first = Promise.race([new Promise<number>((resolve) => (onFirst = resolve)), timeout('no socket')]);
    const all = Promise.race([new Promise<number>((resolve) => (onAll = resolve)), timeout('some socket')]);
    // Both are awaited by the caller; this keeps an early rejection from being reported as unhandled.
    watcher.catch(() => undefined);
    first.catch(() => undefined);
    all.catch(() => undefined);
    this.expectation = { marker, received: 0, onWatcher, onFirst, onAll };
    return { watcher, first, all };
  }

  /** Closes every socket. */
  close(): void {
    this.expectation = null;
    for (const socket of this.sockets) socket.terminate();
    this.sockets.length = 0;
  }
}
