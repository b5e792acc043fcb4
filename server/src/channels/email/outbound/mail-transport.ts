import nodemailer, { type Transporter } from 'nodemailer';
import type { mailboxes } from '../../../db/schema';

type MailboxRow = typeof mailboxes.$inferSelect;

const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/**
 * The SMTP connection a mailbox sends through: its own server when configured, otherwise the
 * global relay (SMTP_RELAY_URL). Null when neither exists: the message cannot be sent.
 * STARTTLS is used whenever the server offers it.
 */
export function createMailTransport(mailbox: MailboxRow, relayUrl: string | null): Transporter | null {
  if (mailbox.smtpHost) {
    return nodemailer.createTransport({
      host: mailbox.smtpHost,
      port: mailbox.smtpPort ?? 587,
      secure: mailbox.smtpSecure,
      ...(mailbox.smtpUser ? { auth: { user: mailbox.smtpUser, pass: mailbox.smtpPassword ?? '' } } : {}),
      ...TIMEOUTS,
    });
  }
  if (relayUrl) return nodemailer.createTransport({ url: relayUrl, ...TIMEOUTS });
  return null;
}

/** SMTP 5xx answers (and a missing transport) will not get better by retrying. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
