import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tsvector, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';
import { agents, teams } from './agents';
import { companies, contacts } from './crm';
import { resolutionReasons, ticketStatuses } from './ticket-config';

const UNRESOLVED = sql`status IN ('new', 'open', 'pending', 'on_hold')`;

export const tickets = pgTable(
  'tickets',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    subject: text('subject').notNull(),
    /** The category; `trashed` holds spam and duplicates until they are restored or purged. */
    status: text('status', {
      enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed', 'trashed'],
    }).notNull(),
    /** An admin-defined status inside `status`'s category (e.g. "Waiting on bank" under on_hold). */
    customStatusId: uuid('custom_status_id').references(() => ticketStatuses.id, { onDelete: 'set null' }),
    /** Set when solved: finalized, or not finalized with a reason from the admin list. */
    resolution: text('resolution', { enum: ['finalized', 'not_finalized'] }),
    resolutionReasonId: uuid('resolution_reason_id').references(() => resolutionReasons.id, {
      onDelete: 'set null',
    }),
    trashedAt: timestamp('trashed_at', { withTimezone: true }),
    trashReason: text('trash_reason', { enum: ['spam', 'duplicate', 'other'] }),
    /** The status to go back to when a trashed ticket is restored. */
    trashedFromStatus: text('trashed_from_status', {
      enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'],
    }),
    /** Values of the workspace's custom fields, keyed by field id. */
    customFields: jsonb('custom_fields')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Earliest due date of the ticket's open activities: drives the green/grey/red indicator. */
    nextActivityDueAt: timestamp('next_activity_due_at', { withTimezone: true }),
    /** Earliest due time of the ticket's running SLA clocks (kept by the SLA recompute). */
    slaDueAt: timestamp('sla_due_at', { withTimezone: true }),
    /** A clock is paused and none is running (waiting on the customer). */
    slaPaused: boolean('sla_paused').notNull().default(false),
    /** First time any of the ticket's SLA clocks was breached; null = never. */
    slaBreachedAt: timestamp('sla_breached_at', { withTimezone: true }),
    priority: text('priority', { enum: ['critical', 'high', 'normal', 'low'] }).notNull(),
    /** 0 = critical … 3 = low; derived so that sorting by priority can use an index. */
    priorityRank: smallint('priority_rank')
      .notNull()
      .generatedAlwaysAs(
        sql`CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`,
      ),
    /** The key of one of the workspace's ticket types (`ticket_types.key`). */
    type: text('type'),
    channel: text('channel', { enum: ['email', 'web', 'chat', 'whatsapp', 'phone', 'api'] }).notNull(),
    requesterContactId: uuid('requester_contact_id')
      .notNull()
      .references(() => contacts.id),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    assigneeAgentId: uuid('assignee_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    messageCount: integer('message_count').notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('atiende_es'::regconfig, subject)`),
  },
  (t) => [
    uniqueIndex('tickets_workspace_number_unique').on(t.workspaceId, t.number),
    index('tickets_inbox_idx').on(t.workspaceId, t.updatedAt.desc(), t.id.desc()),
    index('tickets_inbox_status_idx').on(t.workspaceId, t.status, t.updatedAt.desc(), t.id.desc()),
    index('tickets_assignee_idx').on(t.workspaceId, t.assigneeAgentId, t.status, t.updatedAt.desc()),
    index('tickets_team_idx').on(t.workspaceId, t.teamId, t.status, t.updatedAt.desc()),
    index('tickets_requester_idx').on(t.workspaceId, t.requesterContactId, t.updatedAt.desc()),
    index('tickets_company_idx').on(t.workspaceId, t.companyId, t.updatedAt.desc()),
    index('tickets_search_idx').using('gin', t.searchVector),
    // The unresolved views ("mine", a team's queue by priority) read rows already in order.
    // The default inbox (every unresolved ticket, newest first): without it the scan of
    // tickets_inbox_idx skips the many recently touched solved tickets to find a page.
    index('tickets_unresolved_recent_idx')
      .on(t.workspaceId, t.updatedAt.desc(), t.id.desc())
      .where(UNRESOLVED),
    index('tickets_assignee_unresolved_idx')
      .on(t.workspaceId, t.assigneeAgentId, t.updatedAt.desc(), t.id.desc())
      .where(UNRESOLVED),
    index('tickets_team_priority_unresolved_idx')
      .on(t.workspaceId, t.teamId, t.priorityRank, t.updatedAt.desc(), t.id.desc())
      .where(UNRESOLVED),
    // The purge job finds trash older than the retention; the auto-close job finds old solved tickets.
    index('tickets_trashed_idx')
      .on(t.trashedAt)
      .where(sql`status = 'trashed'`),
    index('tickets_solved_idx')
      .on(t.solvedAt)
      .where(sql`status = 'solved'`),
    // The dashboard rollup reads one day of solved / first-answered tickets; the backlog card
    // counts unresolved tickets by status and priority from the index alone.
    index('tickets_solved_at_idx').on(t.workspaceId, t.solvedAt),
    index('tickets_first_response_at_idx').on(t.workspaceId, t.firstResponseAt),
    index('tickets_backlog_idx').on(t.workspaceId, t.status, t.priority).where(UNRESOLVED),
    // "Sort by SLA" and the breached/warning filters read unresolved tickets by their next due time.
    index('tickets_sla_due_idx').on(t.workspaceId, t.slaDueAt, t.id).where(UNRESOLVED),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['reply', 'note'] }).notNull(),
    channel: text('channel', { enum: ['email', 'web', 'chat', 'whatsapp', 'phone', 'api'] }).notNull(),
    authorType: text('author_type', { enum: ['agent', 'contact', 'system'] }).notNull(),
    authorAgentId: uuid('author_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    authorContactId: uuid('author_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('messages_ticket_idx').on(t.ticketId, t.createdAt)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** Path relative to DATA_DIR/attachments. */
    storageKey: text('storage_key').notNull(),
    uploadedByAgentId: uuid('uploaded_by_agent_id').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('attachments_message_idx').on(t.messageId),
    index('attachments_orphan_idx')
      .on(t.createdAt)
      .where(sql`${t.messageId} IS NULL`),
  ],
);
