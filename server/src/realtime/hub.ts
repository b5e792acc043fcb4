import { randomUUID } from 'node:crypto';
import type { PublicEvent, ServerSocketMessage } from '@atiende/contracts';
import type { Metrics } from '../api/plugins/metrics';
import type { PresenceBus, PresenceNotice } from './presence-bus';

/** The part of a WebSocket the hub uses. */
export interface RealtimeSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send: (data: string) => void;
  close: (code?: number, reason?: string) => void;
  once: (event: 'close', listener: () => void) => unknown;
}

/** Everything the LISTEN connection delivers to the hub: committed events and presence announcements. */
export type RealtimeDelivery = PublicEvent | PresenceNotice;

/**
 * The sockets of this process, grouped by workspace. An event or a presence announcement is only
 * ever sent to sockets of its own workspace; a presence never goes back to the socket that sent it.
 */
export class RealtimeHub {
  private readonly rooms = new Map<string, Set<RealtimeSocket>>();
  private readonly socketIds = new WeakMap<RealtimeSocket, string>();
  private bus: PresenceBus | null = null;

  constructor(private readonly metrics: Metrics) {}

  /** Adds the socket to its workspace's room until it closes; returns its id, unique across processes. */
  join(workspaceId: string, socket: RealtimeSocket): string {
    let room = this.rooms.get(workspaceId);
    if (!room) {
      room = new Set();
      this.rooms.set(workspaceId, room);
    }
    room.add(socket);
    const socketId = randomUUID();
    this.socketIds.set(socket, socketId);
    this.metrics.realtimeConnections.inc();
    socket.once('close', () => {
      room.delete(socket);
      if (room.size === 0) this.rooms.delete(workspaceId);
      this.metrics.realtimeConnections.dec();
    });
    return socketId;
  }

  /** The bus presence is published on; null until `app.ts` attached it (then presence is dropped). */
  get presenceBus(): PresenceBus | null {
    return this.bus;
  }

  /** Sets the bus presence is published on (PostgreSQL NOTIFY + tenancy lookup). */
  attachPresenceBus(bus: PresenceBus): void {
    this.bus = bus;
  }

  /**
   * Sends a delivery of the listener to this process's sockets: an event to every open socket of
   * the workspace, a presence to every one but its sender.
   */
  publish(workspaceId: string, delivery: RealtimeDelivery): void {
    if ('kind' in delivery) {
      this.sendPresence(delivery);
      return;
    }
    this.metrics.eventsFannedOut.inc();
    this.broadcast(workspaceId, { type: 'event', event: delivery }, null);
  }

  private sendPresence(notice: PresenceNotice): void {
    this.broadcast(
      notice.workspaceId,
      { type: 'presence', presence: notice.presence },
      notice.originSocketId,
    );
  }

  private broadcast(workspaceId: string, message: ServerSocketMessage, exceptSocketId: string | null): void {
    const room = this.rooms.get(workspaceId);
    if (!room) return;
    const data = JSON.stringify(message);
    for (const socket of room) {
      if (exceptSocketId !== null && this.socketIds.get(socket) === exceptSocketId) continue;
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
