import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';

/**
 * The event stream: one row per change, written in the same transaction as the change itself.
 * It is the ticket history and the source for realtime, automation and metrics.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    ticketId: uuid('ticket_id'),
    entityId: uuid('entity_id'),
    /** `{type, id?, name}` of who did it: an agent, a contact, an API token or the system. */
    actor: jsonb('actor').notNull(),
    /** Field changes `[{field, from, to}]` and other event data. */
    changes: jsonb('changes').notNull().default([]),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('events_ticket_idx').on(t.workspaceId, t.ticketId, t.id),
    index('events_workspace_idx').on(t.workspaceId, t.id),
  ],
);
