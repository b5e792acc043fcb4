import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';
import { tickets } from './tickets';
import { contacts } from './crm';
import { agents, teams } from './agents';

/** Per-workspace survey settings; a workspace without a row uses the defaults below. */
export const surveySettings = pgTable('survey_settings', {
  workspaceId: workspaceIdColumn()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  csatEnabled: boolean('csat_enabled').notNull().default(true),
  cesEnabled: boolean('ces_enabled').notNull().default(false),
  npsEnabled: boolean('nps_enabled').notNull().default(false),
  npsEveryDays: integer('nps_every_days').notNull().default(90),
  sendDelayMinutes: integer('send_delay_minutes').notNull().default(60),
  expiresAfterDays: integer('expires_after_days').notNull().default(14),
  updatedAt: updatedAtColumn(),
});

/**
 * One invitation per solved ticket: the questions asked, who is credited (assignee and team at
 * solve time) and a secret link token (only its SHA-256 is stored).
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    kinds: text('kinds').array().notNull(),
    locale: text('locale').notNull(),
    tokenHash: text('token_hash').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Set when the ticket reopens before sending, or the requester has no address. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token_unique').on(t.tokenHash),
    index('survey_invitations_ticket_idx').on(t.ticketId),
    index('survey_invitations_sent_idx').on(t.workspaceId, t.sentAt),
    index('survey_invitations_contact_idx').on(t.contactId, t.createdAt),
    index('survey_invitations_due_idx')
      .on(t.scheduledFor)
      .where(sql`sent_at IS NULL AND cancelled_at IS NULL`),
  ],
);

/** One answer per invitation and kind; answering again replaces the score and comment. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => surveyInvitations.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['csat', 'ces', 'nps'] }).notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
    respondedAt: timestamp('responded_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('survey_responses_invitation_kind_unique').on(t.invitationId, t.kind),
    index('survey_responses_workspace_idx').on(t.workspaceId, t.respondedAt.desc(), t.id.desc()),
    index('survey_responses_agent_idx').on(t.workspaceId, t.agentId, t.respondedAt),
    index('survey_responses_ticket_idx').on(t.ticketId),
  ],
);
