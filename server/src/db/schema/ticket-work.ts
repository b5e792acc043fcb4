import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';
import { agents } from './agents';
import { tickets } from './tickets';

/**
 * A directed link between two tickets. `related` is symmetric in meaning; `incident` points from
 * an incident to its problem; `merged_into`, `split_from` and `follow_up_of` point from the newer
 * or absorbed ticket to the one it came from or went into.
 */
export const ticketLinks = pgTable(
  'ticket_links',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    sourceTicketId: uuid('source_ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    targetTicketId: uuid('target_ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['related', 'incident', 'merged_into', 'split_from', 'follow_up_of'],
    }).notNull(),
    createdByAgentId: uuid('created_by_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('ticket_links_unique').on(t.sourceTicketId, t.targetTicketId, t.kind),
    index('ticket_links_target_idx').on(t.targetTicketId, t.kind),
  ],
);

/** A follow-up task on a ticket (call the customer, check with billing) with an owner and a due date. */
export const ticketActivities = pgTable(
  'ticket_activities',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['call', 'email', 'meeting', 'task'] })
      .notNull()
      .default('task'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    ownerAgentId: uuid('owner_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdByAgentId: uuid('created_by_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index('ticket_activities_ticket_idx').on(t.ticketId, t.dueAt),
    index('ticket_activities_owner_idx').on(t.workspaceId, t.ownerAgentId, t.dueAt),
  ],
);

/**
 * Time in stage: one row per stretch a ticket spent in one status, with one assignee or with one
 * team. Kept by a database trigger on `tickets`, so no write path can forget it.
 */
export const ticketStageIntervals = pgTable(
  'ticket_stage_intervals',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    dimension: text('dimension', { enum: ['status', 'assignee', 'team'] }).notNull(),
    /** The status, or the agent/team id; null = unassigned / no team. */
    value: text('value'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('ticket_stage_intervals_ticket_idx').on(t.ticketId, t.dimension, t.startedAt),
    index('ticket_stage_intervals_report_idx').on(t.workspaceId, t.dimension, t.startedAt),
  ],
);

/** A bulk action on up to 1,000 tickets, run by a job in chunks; the UI polls its progress. */
export const bulkOperations = pgTable(
  'bulk_operations',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    /** The validated `BulkActionInput`. */
    action: jsonb('action').$type<Record<string, unknown>>().notNull(),
    ticketIds: uuid('ticket_ids').array().notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** `[{ticketId, message}]` for tickets the action could not change. */
    errors: jsonb('errors').$type<{ ticketId: string; message: string }[]>().notNull().default([]),
    state: text('state', { enum: ['queued', 'running', 'finished', 'failed'] })
      .notNull()
      .default('queued'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('bulk_operations_workspace_idx').on(t.workspaceId, t.createdAt)],
);
