import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { Id, Presence } from '@atiende/contracts';
import type { Db } from '../db/database';
import { tickets } from '../db/schema';

/** LISTEN/NOTIFY channel carrying presence between app processes; never stored in `events`. */
export const PRESENCE_CHANNEL = 'atiende_presence';

/**
 * One presence announcement as it travels between processes: the workspace it belongs to, the
 * socket that sent it (so that socket does not get its own announcement back) and the presence.
 */
export const PresenceNotice = z.object({
  kind: z.literal('presence'),
  workspaceId: Id,
  originSocketId: z.string().min(1).max(64),
  presence: Presence,
});
export type PresenceNotice = z.infer<typeof PresenceNotice>;

/** What presence needs from PostgreSQL: the tenancy check and the fan-out to every process. */
export interface PresenceBus {
  /** True when `ticketId` is a ticket of `workspaceId` (so presence cannot leak across tenants). */
  ticketInWorkspace: (workspaceId: string, ticketId: string) => Promise<boolean>;
  /** NOTIFYs every process (this one included), whose listener hands it to its hub. */
  publish: (notice: PresenceNotice) => Promise<void>;
}

/** The PostgreSQL-backed bus: one indexed lookup per (socket, ticket) and a `pg_notify` per announcement. */
export function createPresenceBus(db: Db): PresenceBus {
  return {
    ticketInWorkspace: async (workspaceId, ticketId) => {
      const [row] = await db
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(eq(tickets.workspaceId, workspaceId), eq(tickets.id, ticketId)))
        .limit(1);
      return row !== undefined;
    },
    publish: async (notice) => {
      await db.execute(sql`SELECT pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(notice)})`);
    },
  };
}

/** Parses a NOTIFY payload from the presence channel; anything malformed is dropped (null). */
export function parsePresenceNotice(payload: string): PresenceNotice | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = PresenceNotice.safeParse(json);
  return parsed.success ? parsed.data : null;
}
