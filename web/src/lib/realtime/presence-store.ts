import {
  PRESENCE_TTL_MS,
  type ClientSocketMessage,
  type Presence,
  type PresenceState,
} from '@atiende/contracts';

/** How often a held ticket's state is repeated, so other agents' copies do not expire. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** An agent counts as typing until this long after their last keystroke. */
export const TYPING_IDLE_MS = 5_000;

/** Another agent on a ticket, as last announced. */
export interface OtherAgentPresence {
  agent: { id: string; name: string };
  state: Exclude<PresenceState, 'left'>;
}

type Send = (message: ClientSocketMessage) => boolean;

interface HeldTicket {
  holders: number;
  typedAt: number | null;
  announced: PresenceState | null;
}

const NONE: readonly OtherAgentPresence[] = [];

/**
 * The browser side of presence, one per signed-in app. Outgoing: tickets this tab holds open
 * (reference-counted, so the ticket header and the composer share one announcement) are announced
 * as `viewing` or `typing` (a keystroke within `TYPING_IDLE_MS`), repeated every
 * `PRESENCE_HEARTBEAT_MS`, re-sent on reconnect, and `left` when released or the tab is hidden.
 * Incoming: other agents per ticket, each dropped on `left` or `PRESENCE_TTL_MS` after its last
 * announcement; a newcomer on a held ticket gets this tab's state back at once. Snapshots are stable arrays, for `useSyncExternalStore`.
 */
export class PresenceStore {
  private send: Send | null = null;
  private hidden = false;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private readonly held = new Map<string, HeldTicket>();
  private readonly idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly others = new Map<string, Map<string, OtherAgentPresence>>();
  private readonly expiryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly snapshots = new Map<string, readonly OtherAgentPresence[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The socket is (again) ready: announces every held ticket right away. */
  connect(send: Send): void {
    this.send = send;
    for (const ticketId of this.held.keys()) this.announce(ticketId, true);
  }

  /** The socket went away: nothing is sent until `connect`. Others expire by their TTL. */
  disconnect(): void {
    this.send = null;
  }

  /** Holds `ticketId` open in this tab; the returned function releases it (the last release says `left`). */
  hold(ticketId: string): () => void {
    const entry = this.held.get(ticketId);
    if (entry) entry.holders += 1;
    else {
      this.held.set(ticketId, { holders: 1, typedAt: null, announced: null });
      this.announce(ticketId, true);
      this.startHeartbeat();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(ticketId);
    };
  }

  /** A keystroke in the ticket's composer: `typing` now, back to `viewing` once idle. */
  typed(ticketId: string): void {
    const entry = this.held.get(ticketId);
    if (!entry) return;
    entry.typedAt = this.now();
    this.announce(ticketId, false);
    clearTimeout(this.idleTimers.get(ticketId));
    this.idleTimers.set(
      ticketId,
      setTimeout(() => {
        this.idleTimers.delete(ticketId);
        this.announce(ticketId, false);
      }, TYPING_IDLE_MS),
    );
  }

  /** Tab hidden: every held ticket is left. Visible again: announced again. */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    for (const ticketId of this.held.keys()) {
      if (hidden) this.sendState(ticketId, 'left');
      else this.announce(ticketId, true);
    }
  }

  /** A presence relayed by the server (from another tab or agent). */
  receive(presence: Presence): void {
    const key = `${presence.ticketId}:${presence.agent.id}`;
    clearTimeout(this.expiryTimers.get(key));
    this.expiryTimers.delete(key);
    if (presence.state === 'left') {
      this.removeOther(presence.ticketId, presence.agent.id);
      return;
    }
    let onTicket = this.others.get(presence.ticketId);
    if (!onTicket) {
      onTicket = new Map();
      this.others.set(presence.ticketId, onTicket);
    }
    const newcomer = !onTicket.has(presence.agent.id);
    onTicket.set(presence.agent.id, { agent: presence.agent, state: presence.state });
    // Someone just opened a ticket this tab holds: tell them now rather than at the next heartbeat.
    if (newcomer) this.announce(presence.ticketId, true);
    this.expiryTimers.set(
      key,
      setTimeout(() => {
        this.expiryTimers.delete(key);
        this.removeOther(presence.ticketId, presence.agent.id);
      }, PRESENCE_TTL_MS),
    );
    this.changed(presence.ticketId);
  }

  /** The other agents on `ticketId` (same array until it changes). */
  othersOn(ticketId: string): readonly OtherAgentPresence[] {
    return this.snapshots.get(ticketId) ?? NONE;
  }

  /** Calls `listener` after every change of others' presence; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Stops every timer (the app is unmounting). */
  dispose(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    for (const timer of [...this.idleTimers.values(), ...this.expiryTimers.values()]) clearTimeout(timer);
    this.idleTimers.clear();
    this.expiryTimers.clear();
  }

  private release(ticketId: string): void {
    const entry = this.held.get(ticketId);
    if (!entry) return;
    entry.holders -= 1;
    if (entry.holders > 0) return;
    this.held.delete(ticketId);
    clearTimeout(this.idleTimers.get(ticketId));
    this.idleTimers.delete(ticketId);
    if (!this.hidden) this.sendState(ticketId, 'left');
    if (this.held.size === 0) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }

  private currentState(entry: HeldTicket): PresenceState {
    return entry.typedAt !== null && this.now() - entry.typedAt < TYPING_IDLE_MS ? 'typing' : 'viewing';
  }

  /** Sends the held ticket's state when it changed, or always when `repeat` (heartbeat, reconnect). */
  private announce(ticketId: string, repeat: boolean): void {
    const entry = this.held.get(ticketId);
    if (!entry || this.hidden) return;
    const state = this.currentState(entry);
    if (!repeat && state === entry.announced) return;
    if (this.sendState(ticketId, state)) entry.announced = state;
  }

  private sendState(ticketId: string, state: PresenceState): boolean {
    return this.send?.({ type: 'presence', ticketId, state }) ?? false;
  }

  private startHeartbeat(): void {
    if (this.heartbeat !== undefined) return;
    this.heartbeat = setInterval(() => {
      for (const ticketId of this.held.keys()) this.announce(ticketId, true);
    }, PRESENCE_HEARTBEAT_MS);
  }

  private removeOther(ticketId: string, agentId: string): void {
    const onTicket = this.others.get(ticketId);
    if (!onTicket?.delete(agentId)) return;
    if (onTicket.size === 0) this.others.delete(ticketId);
    this.changed(ticketId);
  }

  private changed(ticketId: string): void {
    const onTicket = this.others.get(ticketId);
    if (onTicket) this.snapshots.set(ticketId, [...onTicket.values()]);
    else this.snapshots.delete(ticketId);
    for (const listener of this.listeners) listener();
  }
}
