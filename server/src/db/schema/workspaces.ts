import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from './columns';

export const workspaces = pgTable('workspaces', {
  id: idColumn(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  defaultLocale: text('default_locale').notNull().default('es'),
  timezone: text('timezone').notNull().default('America/Bogota'),
  /** Last ticket number handed out; incremented under a row lock so numbers never repeat. */
  ticketSeq: integer('ticket_seq').notNull().default(0),
  /** Solved tickets close by themselves after this many days without activity; 0 turns it off. */
  autoCloseAfterDays: integer('auto_close_after_days').notNull().default(4),
  /** Trashed tickets are purged for good after this many days. */
  trashRetentionDays: integer('trash_retention_days').notNull().default(30),
  createdAt: createdAtColumn(),
});
