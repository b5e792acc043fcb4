import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Holiday, SlaConditions, SlaTargets, WorkingInterval } from '@atiende/contracts';
import { createdAtColumn, idColumn, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';
import { tickets } from './tickets';

/** Business hours: weekly working intervals and holidays in an IANA zone. */
export const businessCalendars = pgTable(
  'business_calendars',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    hours: jsonb('hours').$type<WorkingInterval[]>().notNull(),
    holidays: jsonb('holidays').$type<Holiday[]>().notNull().default([]),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex('business_calendars_workspace_name_unique').on(t.workspaceId, t.name)],
);

/** Which tickets get which targets; the first active policy by position that matches applies. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    /** Null = the clocks count around the clock. */
    calendarId: uuid('calendar_id').references(() => businessCalendars.id, { onDelete: 'restrict' }),
    conditions: jsonb('conditions').$type<SlaConditions>().notNull(),
    targets: jsonb('targets').$type<SlaTargets>().notNull(),
    /** Status categories that pause the resolution clock. */
    pauseStatuses: text('pause_statuses')
      .array()
      .notNull()
      .default(sql`'{pending}'::text[]`),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index('sla_policies_workspace_idx').on(t.workspaceId, t.position),
    uniqueIndex('sla_policies_workspace_name_unique').on(t.workspaceId, t.name),
  ],
);

/**
 * One SLA clock of one ticket, recomputed from the ticket's state and history whenever it changes.
 * `due_at` is null while paused; `remaining_seconds` is what was left at `computed_at`.
 */
export const ticketSlaClocks = pgTable(
  'ticket_sla_clocks',
  {
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    metric: text('metric', { enum: ['first_response', 'next_response', 'resolution'] }).notNull(),
    policyId: uuid('policy_id').references(() => slaPolicies.id, { onDelete: 'set null' }),
    state: text('state', { enum: ['running', 'paused', 'met', 'breached'] }).notNull(),
    targetMinutes: integer('target_minutes').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    remainingSeconds: integer('remaining_seconds'),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.metric] }),
    // The breach job finds running clocks past due; reports read clocks stopped or breached in a window.
    index('ticket_sla_clocks_due_idx')
      .on(t.dueAt)
      .where(sql`state = 'running'`),
    index('ticket_sla_clocks_stopped_idx').on(t.workspaceId, t.stoppedAt),
    index('ticket_sla_clocks_breached_idx').on(t.workspaceId, t.breachedAt),
  ],
);

/** Recomputing a workspace's unresolved tickets after a policy or calendar change. */
export const slaRecomputeRuns = pgTable(
  'sla_recompute_runs',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['queued', 'running', 'finished', 'failed'] })
      .notNull()
      .default('queued'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    error: text('error'),
    createdAt: createdAtColumn(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('sla_recompute_runs_workspace_idx').on(t.workspaceId, t.createdAt)],
);
