import { z } from 'zod';
import { Id, Locale, PageQuery, Timestamp } from './common';

const address = z.email().max(254).toLowerCase();

/** Where outgoing mail of a mailbox goes; without it the server's global relay (SMTP_RELAY_URL) is used. */
export const MailboxSmtpInput = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(587),
  /** true = implicit TLS (port 465); false = plain, upgraded with STARTTLS when the server offers it. */
  secure: z.boolean().default(false),
  user: z.string().max(254).nullable().default(null),
  /** Write-only: never returned. Omit on update to keep the stored one. */
  password: z.string().max(500).optional(),
});
export type MailboxSmtpInput = z.infer<typeof MailboxSmtpInput>;

/** An external mailbox polled over IMAP; mail stays on the server unless `deleteAfterFetch`. */
export const MailboxImapInput = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(993),
  secure: z.boolean().default(true),
  user: z.string().min(1).max(254),
  /** Write-only: never returned. Omit on update to keep the stored one. */
  password: z.string().max(500).optional(),
  folder: z.string().trim().min(1).max(200).default('INBOX'),
  deleteAfterFetch: z.boolean().default(false),
});
export type MailboxImapInput = z.infer<typeof MailboxImapInput>;

/** Placeholders: {{contact.name}}, {{contact.first_name}}, {{ticket.number}}, {{ticket.subject}}, {{mailbox.name}}. */
export const AutoAckTemplate = z.object({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20_000),
});
export type AutoAckTemplate = z.infer<typeof AutoAckTemplate>;

/** Per-language overrides of the built-in acknowledgement; missing languages use the built-in text. */
export const AutoAckTemplates = z.partialRecord(Locale, AutoAckTemplate);
export type AutoAckTemplates = z.infer<typeof AutoAckTemplates>;

/** A support address of the workspace (e.g. soporte@empresa.com): receives mail and sends replies. */
export const Mailbox = z.object({
  id: Id,
  name: z.string(),
  address: z.string(),
  fromName: z.string(),
  teamId: Id.nullable(),
  active: z.boolean(),
  autoAcknowledge: z.boolean(),
  autoAckTemplates: AutoAckTemplates,
  smtp: z
    .object({
      host: z.string(),
      port: z.number().int(),
      secure: z.boolean(),
      user: z.string().nullable(),
      hasPassword: z.boolean(),
    })
    .nullable(),
  imap: z
    .object({
      host: z.string(),
      port: z.number().int(),
      secure: z.boolean(),
      user: z.string(),
      hasPassword: z.boolean(),
      folder: z.string(),
      deleteAfterFetch: z.boolean(),
      lastPolledAt: Timestamp.nullable(),
      lastError: z.string().nullable(),
    })
    .nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Mailbox = z.infer<typeof Mailbox>;

export const CreateMailboxInput = z.object({
  name: z.string().trim().min(1).max(200),
  address,
  fromName: z.string().trim().max(200).default(''),
  teamId: Id.nullable().default(null),
  active: z.boolean().default(true),
  autoAcknowledge: z.boolean().default(true),
  autoAckTemplates: AutoAckTemplates.default({}),
  smtp: MailboxSmtpInput.nullable().default(null),
  imap: MailboxImapInput.nullable().default(null),
});
export type CreateMailboxInput = z.infer<typeof CreateMailboxInput>;

export const UpdateMailboxInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    address,
    fromName: z.string().trim().max(200),
    teamId: Id.nullable(),
    active: z.boolean(),
    autoAcknowledge: z.boolean(),
    autoAckTemplates: AutoAckTemplates,
    smtp: MailboxSmtpInput.nullable(),
    imap: MailboxImapInput.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateMailboxInput = z.infer<typeof UpdateMailboxInput>;

/** `received`: stored, waiting to be processed; `rate_limited`: a sender over the loop limit, kept but not ticketed. */
export const InboundEmailStatus = z.enum(['received', 'processed', 'failed', 'rate_limited']);
export type InboundEmailStatus = z.infer<typeof InboundEmailStatus>;

/** What processing made of a message: every case is named, none is silent. */
export const InboundEmailOutcome = z.enum([
  'created',
  'appended',
  'duplicate',
  'auto_reply',
  'bounce',
  'rejected',
]);
export type InboundEmailOutcome = z.infer<typeof InboundEmailOutcome>;

/** A raw message as received (SMTP or IMAP), for admins: what became of it and why. */
export const InboundEmail = z.object({
  id: Id,
  mailboxId: Id,
  source: z.enum(['smtp', 'imap']),
  messageId: z.string(),
  size: z.number().int(),
  envelopeFrom: z.string().nullable(),
  envelopeTo: z.array(z.string()),
  from: z.string().nullable(),
  subject: z.string().nullable(),
  status: InboundEmailStatus,
  outcome: InboundEmailOutcome.nullable(),
  outcomeReason: z.string().nullable(),
  ticketId: Id.nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  receivedAt: Timestamp,
  processedAt: Timestamp.nullable(),
});
export type InboundEmail = z.infer<typeof InboundEmail>;

export const InboundEmailListQuery = PageQuery.extend({
  status: InboundEmailStatus.optional(),
  mailboxId: Id.optional(),
});
export type InboundEmailListQuery = z.infer<typeof InboundEmailListQuery>;

export const DeliveryStatus = z.enum(['queued', 'sent', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** Email details of a message that came in or went out by email. */
export const MessageEmail = z.object({
  direction: z.enum(['inbound', 'outbound']),
  messageId: z.string(),
  from: z.string().nullable(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  /** What the sender wrote in this message, without quoted history and signature (inbound). */
  visibleText: z.string().nullable(),
  /** The quoted history below the reply, '' when none (inbound). */
  quotedText: z.string().nullable(),
  /** Remote images held back in `bodyHtml` (kept as `data-remote-src`); the UI may offer to load them. */
  blockedRemoteImages: z.number().int(),
  /** Outbound only: where the message is on its way to the customer. */
  delivery: z
    .object({
      status: DeliveryStatus,
      error: z.string().nullable(),
      attempts: z.number().int(),
      sentAt: Timestamp.nullable(),
    })
    .nullable(),
});
export type MessageEmail = z.infer<typeof MessageEmail>;

/** Someone copied on the ticket's email thread (Cc), who receives the replies too. */
export const TicketFollower = z.object({
  contactId: Id,
  name: z.string(),
  email: z.string().nullable(),
  createdAt: Timestamp,
});
export type TicketFollower = z.infer<typeof TicketFollower>;

/** `failing`: mail to this contact bounced; `reason` says why. */
export const ContactEmailStatus = z.object({
  status: z.enum(['ok', 'failing']),
  reason: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
});
export type ContactEmailStatus = z.infer<typeof ContactEmailStatus>;
