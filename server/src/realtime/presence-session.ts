import type { FastifyBaseLogger } from 'fastify';
import type { PresenceState } from '@atiende/contracts';
import type { PresenceBus, PresenceNotice } from './presence-bus';

/** At most this many presence messages per socket and window; extra ones are dropped. */
export const PRESENCE_RATE_LIMIT = { maxMessages: 20, windowMs: 10_000 };
/** Tickets whose tenancy answer a socket remembers; past this the cache starts over. */
const MAX_CACHED_TICKETS = 500;

export interface PresenceSessionIdentity {
  workspaceId: string;
  agent: { id: string; name: string };
  /** Unique among every socket of every process: the fan-out skips it. */
  socketId: string;
}

/**
 * The presence of one agent socket: checks that each announced ticket belongs to the socket's
 * workspace (asked once per ticket, then cached), rate-limits, remembers which tickets it announced
 * so closing the socket can say `left` for each of them, and publishes in arrival order (a `typing`
 * never overtakes the `left` sent after it).
 */
export class PresenceSession {
  private readonly announced = new Set<string>();
  private readonly ticketAllowed = new Map<string, boolean>();
  private queue: Promise<void> = Promise.resolve();
  private windowStartedAt = Number.NEGATIVE_INFINITY;
  private countInWindow = 0;
  private closed = false;

  constructor(
    private readonly bus: PresenceBus,
    private readonly identity: PresenceSessionIdentity,
    private readonly log: FastifyBaseLogger,
    private readonly limit = PRESENCE_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Handles one `{type:'presence'}` message from the browser; returns false when it was dropped by the rate limit. */
  receive(ticketId: string, state: PresenceState): boolean {
    if (this.closed || !this.withinRate()) return false;
    this.enqueue(async () => {
      if (!(await this.isOwnWorkspaceTicket(ticketId))) return;
      if (state === 'left') {
        if (!this.announced.delete(ticketId)) return;
      } else {
        this.announced.add(ticketId);
      }
      await this.bus.publish(this.notice(ticketId, state));
    });
    return true;
  }

  /** The socket closed: every ticket it still announced is left. Later messages are ignored. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.enqueue(async () => {
      const tickets = [...this.announced];
      this.announced.clear();
      for (const ticketId of tickets) await this.bus.publish(this.notice(ticketId, 'left'));
    });
  }

  /** Resolves once everything received so far has been published (for tests and shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  private withinRate(): boolean {
    const now = this.now();
    if (now - this.windowStartedAt >= this.limit.windowMs) {
      this.windowStartedAt = now;
      this.countInWindow = 0;
    }
    this.countInWindow += 1;
    return this.countInWindow <= this.limit.maxMessages;
  }

  private async isOwnWorkspaceTicket(ticketId: string): Promise<boolean> {
    const cached = this.ticketAllowed.get(ticketId);
    if (cached !== undefined) return cached;
    const allowed = await this.bus.ticketInWorkspace(this.identity.workspaceId, ticketId);
    if (this.ticketAllowed.size >= MAX_CACHED_TICKETS) this.ticketAllowed.clear();
    this.ticketAllowed.set(ticketId, allowed);
    return allowed;
  }

  private notice(ticketId: string, state: PresenceState): PresenceNotice {
    return {
      kind: 'presence',
      workspaceId: this.identity.workspaceId,
      originSocketId: this.identity.socketId,
      presence: { ticketId, agent: this.identity.agent, state, at: new Date(this.now()).toISOString() },
    };
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      this.log.warn({ err: error }, 'realtime: could not publish presence');
    });
  }
}
