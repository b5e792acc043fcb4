import type { AutoAckTemplates, MailboxImapInput, MailboxSmtpInput } from '@atiende/contracts';
import type { mailboxes } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import { AUTO_ACK_PLACEHOLDERS } from '../../channels/email/outbound/auto-ack-templates';
import { unknownPlaceholders } from '../../channels/email/templates/render-template';

type MailboxRow = typeof mailboxes.$inferSelect;

/** SMTP columns from the input; an omitted password keeps the stored one. */
export function smtpColumns(smtp: MailboxSmtpInput | null, current?: MailboxRow) {
  if (smtp === null) {
    return { smtpHost: null, smtpPort: null, smtpSecure: false, smtpUser: null, smtpPassword: null };
  }
  return {
    smtpHost: smtp.host,
    smtpPort: smtp.port,
    smtpSecure: smtp.secure,
    smtpUser: smtp.user,
    smtpPassword: smtp.password ?? current?.smtpPassword ?? null,
  };
}

/**
 * IMAP columns from the input; an omitted password keeps the stored one. Pointing at another
 * server, account or folder forgets the UID position (UIDs mean nothing elsewhere).
 */
export function imapColumns(imap: MailboxImapInput | null, current?: MailboxRow) {
  if (imap === null) {
    return {
      imapHost: null,
      imapPort: null,
      imapUser: null,
      imapPassword: null,
      imapUidValidity: null,
      imapLastUid: 0,
      imapLastError: null,
    };
  }
  const moved = current
    ? current.imapHost !== imap.host || current.imapUser !== imap.user || current.imapFolder !== imap.folder
    : true;
  return {
    imapHost: imap.host,
    imapPort: imap.port,
    imapSecure: imap.secure,
    imapUser: imap.user,
    imapPassword: imap.password ?? current?.imapPassword ?? null,
    imapFolder: imap.folder,
    imapDeleteAfterFetch: imap.deleteAfterFetch,
    ...(moved ? { imapUidValidity: null, imapLastUid: 0, imapLastError: null } : {}),
  };
}

/** Rejects acknowledgement templates with placeholders we do not fill, naming the field. */
export function assertTemplates(templates: AutoAckTemplates): void {
  for (const [locale, template] of Object.entries(templates)) {
    for (const part of ['subject', 'body'] as const) {
      let unknown: string[];
      try {
        unknown = unknownPlaceholders(template[part], AUTO_ACK_PLACEHOLDERS);
      } catch (error) {
        throw invalidField(
          `autoAckTemplates.${locale}.${part}`,
          `Template error: ${(error as Error).message}`,
        );
      }
      if (unknown.length > 0) {
        throw invalidField(
          `autoAckTemplates.${locale}.${part}`,
          `Unknown placeholder ${unknown.map((n) => `{{${n}}}`).join(', ')}; use ${AUTO_ACK_PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')}`,
        );
      }
    }
  }
}
