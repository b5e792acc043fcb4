import {
  ServerSocketMessage,
  type ClientSocketMessage,
  type Presence,
  type PublicEvent,
} from '@atiende/contracts';
import { reconnectDelay } from './backoff';

export type RealtimeStatus = 'connecting' | 'open' | 'closed';

export interface RealtimeHandlers {
  onEvent: (event: PublicEvent) => void;
  /** Called on every `ready`; `reconnected` is true when a previous connection had been lost. */
  onReady?: (reconnected: boolean) => void;
  onStatus?: (status: RealtimeStatus) => void;
  /** Another agent's presence on a ticket (viewing, typing, left), relayed by the server. */
  onPresence?: (presence: Presence) => void;
}

export interface RealtimeOptions {
  url?: string;
  pingIntervalMs?: number;
  createSocket?: (url: string) => WebSocket;
}

/** `ws(s)://<current host>/api/realtime`: same origin, so the session cookie authenticates it. */
export function defaultRealtimeUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/api/realtime`;
}

/**
 * Keeps one WebSocket to /api/realtime open while started: validates each server message against
 * the `ServerSocketMessage` contract (ignoring anything else), pings periodically so proxies keep
 * the connection, and reconnects with jittered exponential backoff until `stop()` is called.
 * `send` writes a client message (e.g. presence) when the connection is open.
 */
export class RealtimeClient {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private hadConnection = false;
  private stopped = true;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private readonly url: string;
  private readonly pingIntervalMs: number;
  private readonly createSocket: (url: string) => WebSocket;

  constructor(
    private readonly handlers: RealtimeHandlers,
    options: RealtimeOptions = {},
  ) {
    this.url = options.url ?? defaultRealtimeUrl();
    this.pingIntervalMs = options.pingIntervalMs ?? 25_000;
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.handlers.onStatus?.('closed');
  }

  /** Sends `message` if the socket is open; returns false (nothing sent) otherwise. */
  send(message: ClientSocketMessage): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    this.handlers.onStatus?.('connecting');
    const socket = this.createSocket(this.url);
    this.socket = socket;
    socket.addEventListener('message', (message) => {
      if (this.socket === socket) this.handleMessage(message.data);
    });
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.scheduleReconnect();
    });
    // `error` is always followed by `close`, which does the reconnecting.
  }

  private handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = ServerSocketMessage.safeParse(json);
    if (!parsed.success) return;
    if (parsed.data.type === 'ready') {
      const reconnected = this.hadConnection;
      this.hadConnection = true;
      this.attempt = 0;
      this.startPing();
      this.handlers.onStatus?.('open');
      this.handlers.onReady?.(reconnected);
    } else if (parsed.data.type === 'event') {
      this.handlers.onEvent(parsed.data.event);
    } else if (parsed.data.type === 'presence') {
      this.handlers.onPresence?.(parsed.data.presence);
    }
    // `pong` only answers our keep-alive ping: nothing to do.
  }

  private startPing(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => {
      this.send({ type: 'ping' });
    }, this.pingIntervalMs);
  }

  private scheduleReconnect(): void {
    clearInterval(this.pingTimer);
    this.socket = null;
    if (this.stopped) return;
    this.handlers.onStatus?.('connecting');
    const delay = reconnectDelay(this.attempt);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      if (!this.stopped) this.connect();
    }, delay);
  }
}
