import { and, asc, eq } from 'drizzle-orm';
import type { EmailConfig } from '../../../config';
import type { Db } from '../../../db/database';
import { attachments, emailThreads, mailboxes, messages, outboundEmails } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import type { AttachmentStore } from '../../../lib/attachment-store';
import { systemContext } from '../../../lib/auth-context';
import { replyAddress } from '../thread/email-threads';
import { storableText } from '../clean-text';
import { composeMail } from './compose-mail';
import { createMailTransport, isPermanentSmtpError } from './mail-transport';
import { ensureOutboundMessageId, threadHeaders } from './outbound-message-id';

export interface SendDeps {
  db: Db;
  store: AttachmentStore;
  email: EmailConfig;
}

type OutboundRow = typeof outboundEmails.$inferSelect;

/** Moves an outbound message to `sent` or `failed` and records `message.delivery_updated`. */
async function settle(db: Db, row: OutboundRow, status: 'sent' | 'failed' | 'queued', error: string | null) {
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(outboundEmails)
      .set({
        status,
        error,
        attempts: row.attempts + 1,
        updatedAt: now,
        ...(status === 'sent' ? { sentAt: now } : {}),
      })
      .where(eq(outboundEmails.id, row.id));
    if (status === row.status) return;
    await recordEvent(tx, systemContext(row.workspaceId), {
      type: 'message.delivery_updated',
      ticketId: row.ticketId,
      entityId: row.messageId,
      changes: [
        { field: 'deliveryStatus', from: row.status, to: status },
        ...(error ? [{ field: 'deliveryError', from: null, to: error }] : []),
      ],
    });
  });
}

/**
 * Sends one queued outbound email (the job of the `email-send-outbound` queue) and records the
 * delivery status. A transient failure (connection refused, 4xx) stays `queued` with the error and
 * is rethrown for pg-boss to retry; a permanent one (5xx, no SMTP configured) or the last attempt
 * ends `failed`, which the message shows. Already sent or failed rows are left alone.
 */
export async function sendOutboundEmail(
  deps: SendDeps,
  outboundEmailId: string,
  attempt: { last: boolean },
): Promise<'sent' | 'failed' | 'retrying' | 'skipped'> {
  const { db } = deps;
  const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, outboundEmailId));
  if (row?.status !== 'queued') return 'skipped';
  const [context] = await db
    .select({ mailbox: mailboxes, token: emailThreads.replyToken, message: messages })
    .from(outboundEmails)
    .innerJoin(mailboxes, eq(mailboxes.id, outboundEmails.mailboxId))
    .innerJoin(emailThreads, eq(emailThreads.ticketId, outboundEmails.ticketId))
    .innerJoin(messages, eq(messages.id, outboundEmails.messageId))
    .where(eq(outboundEmails.id, row.id));
  if (!context) {
    await settle(db, row, 'failed', 'The ticket, its mailbox or its message no longer exists');
    return 'failed';
  }
  const transport = createMailTransport(context.mailbox, deps.email.relayUrl);
  if (!transport) {
    await settle(
      db,
      row,
      'failed',
      'No SMTP server configured: set SMTP_RELAY_URL or the mailbox SMTP settings',
    );
    return 'failed';
  }
  try {
    const rfc = await ensureOutboundMessageId(db, row, context.mailbox.address, deps.email.replyDomain);
    const thread = await threadHeaders(db, row.ticketId, rfc);
    const files = await db
      .select({
        filename: attachments.filename,
        contentType: attachments.contentType,
        storageKey: attachments.storageKey,
      })
      .from(attachments)
      .where(and(eq(attachments.workspaceId, row.workspaceId), eq(attachments.messageId, row.messageId)))
      .orderBy(asc(attachments.createdAt));
    const mail = composeMail(
      {
        from: { name: context.mailbox.fromName || context.mailbox.name, address: context.mailbox.address },
        to: row.toAddresses,
        cc: row.ccAddresses,
        replyTo: replyAddress(context.token, deps.email.replyDomain),
        subject: row.subject,
        messageId: rfc,
        inReplyTo: thread.inReplyTo,
        references: thread.references,
        text: context.message.bodyText,
        html: context.message.bodyHtml,
        attachments: files,
        automatic: row.kind === 'auto_ack',
      },
      deps.store,
    );
    await transport.sendMail(mail);
  } catch (error) {
    const message = storableText(error instanceof Error ? error.message : String(error)).slice(0, 2000);
    if (isPermanentSmtpError(error) || attempt.last) {
      await settle(db, row, 'failed', message);
      return 'failed';
    }
    await settle(db, row, 'queued', message);
    throw error;
  } finally {
    transport.close();
  }
  await settle(db, row, 'sent', null);
  return 'sent';
}
