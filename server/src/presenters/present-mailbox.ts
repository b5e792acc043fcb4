import type { Mailbox } from '@atiende/contracts';
import { AutoAckTemplates } from '@atiende/contracts';
import type { mailboxes } from '../db/schema';

type MailboxRow = typeof mailboxes.$inferSelect;

/** The only way a mailbox leaves the server: passwords never do (only whether one is set). */
export function presentMailbox(row: MailboxRow): Mailbox {
  const templates = AutoAckTemplates.safeParse(row.autoAckTemplates);
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    fromName: row.fromName,
    teamId: row.teamId,
    active: row.active,
    autoAcknowledge: row.autoAcknowledge,
    autoAckTemplates: templates.success ? templates.data : {},
    smtp: row.smtpHost
      ? {
          host: row.smtpHost,
          port: row.smtpPort ?? 587,
          secure: row.smtpSecure,
          user: row.smtpUser,
          hasPassword: Boolean(row.smtpPassword),
        }
      : null,
    imap: row.imapHost
      ? {
          host: row.imapHost,
          port: row.imapPort ?? 993,
          secure: row.imapSecure,
          user: row.imapUser ?? '',
          hasPassword: Boolean(row.imapPassword),
          folder: row.imapFolder,
          deleteAfterFetch: row.imapDeleteAfterFetch,
          lastPolledAt: row.imapLastPolledAt ? row.imapLastPolledAt.toISOString() : null,
          lastError: row.imapLastError,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
