import type { Activity } from '@atiende/contracts';
import type { ticketActivities } from '../db/schema';

type ActivityRow = typeof ticketActivities.$inferSelect;

/** The only way an activity leaves the server; `ownerName` comes from the joined agent. */
export function presentActivity(row: ActivityRow, ownerName: string | null): Activity {
  return {
    id: row.id,
    ticketId: row.ticketId,
    title: row.title,
    kind: row.kind,
    dueAt: row.dueAt.toISOString(),
    owner: row.ownerAgentId && ownerName !== null ? { id: row.ownerAgentId, name: ownerName } : null,
    doneAt: row.doneAt ? row.doneAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
