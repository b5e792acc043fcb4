import { sql } from 'drizzle-orm';
import {
  boolean,
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

/** The workspace's list of ticket types; `tickets.type` holds a `key`. */
export const ticketTypes = pgTable(
  'ticket_types',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Stable slug stored on tickets; the name can change, the key cannot. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    /** Archived types stay on old tickets but cannot be picked any more. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('ticket_types_workspace_key_unique').on(t.workspaceId, t.key)],
);

/** Admin-defined statuses, each inside one of the fixed categories (the `tickets.status` values). */
export const ticketStatuses = pgTable(
  'ticket_statuses',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    category: text('category', { enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] }).notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('ticket_statuses_workspace_idx').on(t.workspaceId, t.category, t.position)],
);

/** Why a ticket was solved without being finalized ("customer never answered", "out of scope"). */
export const resolutionReasons = pgTable(
  'resolution_reasons',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('resolution_reasons_workspace_idx').on(t.workspaceId, t.position)],
);

/** A custom ticket field; values live in `tickets.custom_fields` keyed by the field id. */
export const customFields = pgTable(
  'custom_fields',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['text', 'number', 'date', 'dropdown', 'multiselect', 'checkbox'] }).notNull(),
    /** Choices of dropdown and multi-select fields: `[{value, label}]`. */
    options: jsonb('options')
      .$type<{ value: string; label: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** A ticket cannot be solved while this field is empty. */
    requiredOnSolve: boolean('required_on_solve').notNull().default(false),
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('custom_fields_workspace_idx').on(t.workspaceId, t.position)],
);

/** A saved inbox view: filters, sort and columns; personal (owner set) or shared (owner null). */
export const savedViews = pgTable(
  'saved_views',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ownerAgentId: uuid('owner_agent_id').references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** A `TicketListQuery` without cursor/limit, as validated by the contract. */
    filters: jsonb('filters')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    columns: text('columns')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    position: integer('position').notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('saved_views_workspace_idx').on(t.workspaceId, t.ownerAgentId)],
);
