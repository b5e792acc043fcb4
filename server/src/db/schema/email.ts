import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
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
import { createdAtColumn, idColumn, updatedAtColumn, workspaceIdColumn } from './columns';
import { workspaces } from './workspaces';
import { teams } from './agents';
import { contacts } from './crm';
import { messages, tickets } from './tickets';

/** Raw bytes (PostgreSQL bytea), read and written as Buffers. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const emptyTextArray = () => sql`'{}'::text[]`;

/**
 * A support address (soporte@empresa.com): mail to it becomes tickets of its team, replies go out
 * from it. Outgoing mail uses its own SMTP server when set, else the global relay (SMTP_RELAY_URL).
 * With IMAP settings an external mailbox is polled; `imap_uid_validity`/`imap_last_uid` make sure
 * nothing is fetched twice or skipped.
 */
export const mailboxes = pgTable(
  'mailboxes',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Lowercased. Unique across workspaces: the SMTP server routes mail by it. */
    address: text('address').notNull(),
    fromName: text('from_name').notNull().default(''),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    autoAcknowledge: boolean('auto_acknowledge').notNull().default(true),
    /** Per-language overrides `{es: {subject, body}, …}` of the built-in acknowledgement. */
    autoAckTemplates: jsonb('auto_ack_templates').notNull().default({}),
    smtpHost: text('smtp_host'),
    smtpPort: integer('smtp_port'),
    smtpSecure: boolean('smtp_secure').notNull().default(false),
    smtpUser: text('smtp_user'),
    smtpPassword: text('smtp_password'),
    imapHost: text('imap_host'),
    imapPort: integer('imap_port'),
    imapSecure: boolean('imap_secure').notNull().default(true),
    imapUser: text('imap_user'),
    imapPassword: text('imap_password'),
    imapFolder: text('imap_folder').notNull().default('INBOX'),
    imapDeleteAfterFetch: boolean('imap_delete_after_fetch').notNull().default(false),
    imapUidValidity: bigint('imap_uid_validity', { mode: 'number' }),
    imapLastUid: bigint('imap_last_uid', { mode: 'number' }).notNull().default(0),
    imapLastPolledAt: timestamp('imap_last_polled_at', { withTimezone: true }),
    imapLastError: text('imap_last_error'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('mailboxes_address_unique').on(sql`lower(${t.address})`),
    index('mailboxes_workspace_idx').on(t.workspaceId),
  ],
);

/**
 * Every message received, stored raw before anything else looks at it; the row and the job that
 * processes it commit together. Deduplicated per mailbox on the Message-ID (synthetic from the
 * bytes when missing). Failed and rate-limited messages stay here for admins.
 */
export const inboundEmails = pgTable(
  'inbound_emails',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ['smtp', 'imap'] }).notNull(),
    messageIdKey: text('message_id_key').notNull(),
    raw: bytea('raw').notNull(),
    size: integer('size').notNull(),
    envelopeFrom: text('envelope_from'),
    envelopeTo: text('envelope_to').array().notNull().default(emptyTextArray()),
    status: text('status', { enum: ['received', 'processed', 'failed', 'rate_limited'] })
      .notNull()
      .default('received'),
    outcome: text('outcome', {
      enum: ['created', 'appended', 'duplicate', 'auto_reply', 'bounce', 'rejected'],
    }),
    outcomeReason: text('outcome_reason'),
    fromAddress: text('from_address'),
    subject: text('subject'),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('inbound_emails_mailbox_message_unique').on(t.mailboxId, t.messageIdKey),
    index('inbound_emails_status_idx').on(t.workspaceId, t.status, t.receivedAt.desc(), t.id.desc()),
    index('inbound_emails_sender_idx').on(t.mailboxId, t.fromAddress, t.receivedAt),
  ],
);

/** The email side of a ticket: the mailbox it lives in and the token of its reply address. */
export const emailThreads = pgTable(
  'email_threads',
  {
    ticketId: uuid('ticket_id')
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    /** `reply+<token>@<reply domain>`: lowercase hex, unguessable. */
    replyToken: text('reply_token').notNull().unique(),
    /** Set on a ticket opened by a reply to a closed ticket. */
    followUpOfTicketId: uuid('follow_up_of_ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('email_threads_workspace_idx').on(t.workspaceId)],
);

/** Every Message-ID seen on or sent from a ticket, so replies find their thread. */
export const emailMessageIds = pgTable(
  'email_message_ids',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    rfcMessageId: text('rfc_message_id').notNull(),
    direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('email_message_ids_workspace_unique').on(t.workspaceId, t.rfcMessageId),
    index('email_message_ids_ticket_idx').on(t.ticketId, t.createdAt),
  ],
);

/** Email details of a message: addresses, Message-ID, and the visible part of an inbound reply. */
export const messageEmails = pgTable('message_emails', {
  messageId: uuid('message_id')
    .primaryKey()
    .references(() => messages.id, { onDelete: 'cascade' }),
  workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
  direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
  rfcMessageId: text('rfc_message_id').notNull(),
  inboundEmailId: uuid('inbound_email_id').references(() => inboundEmails.id, { onDelete: 'set null' }),
  fromAddress: text('from_address'),
  toAddresses: text('to_addresses').array().notNull().default(emptyTextArray()),
  ccAddresses: text('cc_addresses').array().notNull().default(emptyTextArray()),
  visibleText: text('visible_text'),
  quotedText: text('quoted_text'),
  blockedRemoteImages: integer('blocked_remote_images').notNull().default(0),
  createdAt: createdAtColumn(),
});

/**
 * The outbox: one row per email to send, written in the transaction that creates the message,
 * together with the job that sends it. Its status is the message's delivery status.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: idColumn(),
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id')
      .notNull()
      .unique()
      .references(() => messages.id, { onDelete: 'cascade' }),
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['reply', 'auto_ack'] }).notNull(),
    subject: text('subject').notNull(),
    toAddresses: text('to_addresses').array().notNull(),
    ccAddresses: text('cc_addresses').array().notNull().default(emptyTextArray()),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('outbound_emails_status_idx').on(t.workspaceId, t.status, t.createdAt)],
);

/** People copied on a ticket's email thread (Cc); they receive the replies too. */
export const ticketFollowers = pgTable(
  'ticket_followers',
  {
    workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.contactId] }),
    index('ticket_followers_contact_idx').on(t.contactId),
  ],
);

/** Deliverability of a contact's address: `failing` after a bounce, with the reason. */
export const contactEmailStatus = pgTable('contact_email_status', {
  contactId: uuid('contact_id')
    .primaryKey()
    .references(() => contacts.id, { onDelete: 'cascade' }),
  workspaceId: workspaceIdColumn().references(() => workspaces.id, { onDelete: 'cascade' }),
  status: text('status', { enum: ['ok', 'failing'] }).notNull(),
  reason: text('reason'),
  updatedAt: updatedAtColumn(),
});
