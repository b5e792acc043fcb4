import type { PublicEvent, ServerSocketMessage } from '@atiende/contracts';
import type { Metrics } from '../api/plugins/metrics';

/** The part of a WebSocket the hub uses. */
export interface RealtimeSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send: (data: string) => void;
  close: (code?: number, reason?: string) => void;
  once: (event: 'close', listener: () => void) => unknown;
}

/**
 * The sockets of this process, grouped by workspace. An event is only ever sent to sockets of
 * its own workspace.
 */
export class RealtimeHub {
  private readonly rooms = new Map<string, Set<RealtimeSocket>>();

  constructor(private readonly metrics: Metrics) {}

  join(workspaceId: string, socket: RealtimeSocket): void {
    let room = this.rooms.get(workspaceId);
    if (!room) {
      room = new Set();
      this.rooms.set(workspaceId, room);
    }
    room.add(socket);
    this.metrics.realtimeConnections.inc();
    socket.once('close', () => {
      room.delete(socket);
      if (room.size === 0) this.rooms.delete(workspaceId);
      this.metrics.realtimeConnections.dec();
    });
  }

  /** Sends an event to every open socket of the workspace on this process. */
  publish(workspaceId: string, event: PublicEvent): void {
    const room = this.rooms.get(workspaceId);
    this.metrics.eventsFannedOut.inc();
    if (!room) return;
    const message: ServerSocketMessage = { type: 'event', event };
    const data = JSON.stringify(message);
    for (const socket of room) {
      if (socket.readyState === socket.OPEN) socket.send(data);
    }
  }

  get connectionCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.size;
    return n;
  }

  closeAll(): void {
    for (const room of this.rooms.values())
      for (const socket of room) socket.close(1001, 'server shutting down');
  }
}
