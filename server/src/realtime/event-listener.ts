import pg from 'pg';
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { PublicEvent } from '@atiende/contracts';
import type { Db } from '../db/database';
import { events } from '../db/schema';
import { EVENTS_CHANNEL } from '../events/record-event';
import { presentEvent } from '../presenters/present-event';
import type { RealtimeDelivery } from './hub';
import { parsePresenceNotice, PRESENCE_CHANNEL } from './presence-bus';

/** Receives committed events and presence announcements (and, once, the presence bus). */
export type EventHandler = (workspaceId: string, delivery: RealtimeDelivery) => void;

interface Notification {
  workspaceId: string;
  event?: unknown;
  eventId?: string;
}

/**
 * Listens to committed events and to agents' presence from every app process (PostgreSQL
 * LISTEN/NOTIFY, channels `atiende_events` and `atiende_presence`) on a dedicated connection,
 * reconnecting with backoff if the database goes away. This is how two processes behind a load
 * balancer show the same live state.
 */
export class EventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 250;

  constructor(
    private readonly url: string,
    private readonly db: Db,
    private readonly onEvent: EventHandler,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (!message.payload) return;
      if (message.channel === PRESENCE_CHANNEL) {
        const notice = parsePresenceNotice(message.payload);
        if (notice) this.onEvent(notice.workspaceId, notice);
        return;
      }
      if (message.channel !== EVENTS_CHANNEL) return;
      this.handle(message.payload).catch((error: unknown) => {
        this.log.error({ err: error }, 'realtime: could not dispatch event');
      });
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'realtime: listener connection lost');
      this.reconnect(client);
    });
    client.on('end', () => {
      this.reconnect(client);
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect(old: pg.Client): void {
    if (this.stopped || this.client !== old) return;
    this.client = null;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => {
      if (this.stopped) return;
      this.start().catch((error: unknown) => {
        this.log.warn({ err: error }, 'realtime: reconnect failed');
        this.reconnect(old);
      });
    }, delay).unref();
  }

  private async handle(payload: string): Promise<void> {
    const note = JSON.parse(payload) as Notification;
    if (note.event !== undefined) {
      this.onEvent(note.workspaceId, PublicEvent.parse(note.event));
      return;
    }
    if (!note.eventId) return;
    const [row] = await this.db
      .select()
      .from(events)
      .where(eq(events.id, BigInt(note.eventId)));
    if (row) this.onEvent(row.workspaceId, presentEvent(row));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
