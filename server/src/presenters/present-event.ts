import { Actor, type EventType, type FieldChange, type PublicEvent } from '@atiende/contracts';
import type { events } from '../db/schema';

type EventRow = typeof events.$inferSelect;

/** The only way an event leaves the server, in history responses and on the realtime socket. */
export function presentEvent(row: EventRow): PublicEvent {
  const actor = Actor.safeParse(row.actor);
  return {
    id: String(row.id),
    type: row.type as EventType,
    ticketId: row.ticketId,
    entityId: row.entityId,
    actor: actor.success ? actor.data : { type: 'system', name: 'Atiende' },
    changes: Array.isArray(row.changes) ? (row.changes as FieldChange[]) : [],
    createdAt: row.createdAt.toISOString(),
  };
}
