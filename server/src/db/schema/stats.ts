import { bigint, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';

/**
 * Daily rollup behind the dashboard: per local day (workspace time zone), channel and priority,
 * what happened that day — tickets created, solved, and first-answered (with time sums). Each
 * metric is keyed by the day it happened, so a past day's row no longer changes (except when a
 * ticket is trashed or purged later; the refresh job recomputes the last days for that).
 */
export const ticketDailyStats = pgTable(
  'ticket_daily_stats',
  {
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    channel: text('channel').notNull(),
    priority: text('priority').notNull(),
    created: integer('created').notNull().default(0),
    solved: integer('solved').notNull().default(0),
    resolutionSeconds: bigint('resolution_seconds', { mode: 'number' }).notNull().default(0),
    firstResponses: integer('first_responses').notNull().default(0),
    firstResponseSeconds: bigint('first_response_seconds', { mode: 'number' }).notNull().default(0),
    firstResponsesWithin1h: integer('first_responses_within_1h').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.channel, t.priority] })],
);

/** The contiguous range of days already rolled up for a workspace. */
export const ticketStatsCoverage = pgTable('ticket_stats_coverage', {
  workspaceId: workspaceIdColumn()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  fromDay: date('from_day').notNull(),
  throughDay: date('through_day').notNull(),
});
