import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database';
import { emailMessageIds, inboundEmails, mailboxes } from '../../../db/schema';
import { classifyEmail } from '../parse/classify-email';
import type { ParsedEmail } from '../parse/parsed-email';
import { queueAutoAck } from '../outbound/queue-auto-ack';
import { plausibleAddress, storableMessageId, storableText } from '../clean-text';
import { addCcFollowers } from './add-followers';
import { appendEmailMessage } from './append-email-message';
import { applyBounce } from './apply-bounce';
import { createEmailTicket } from './create-email-ticket';
import { cidResolver, saveInboundAttachments, type SavedAttachment } from './inbound-attachments';
import { buildInboundBody } from './inbound-body';
import { finishInbound, type IngestResult } from './inbound-status';
import type { IngestDeps } from './ingest-deps';
import { matchThread } from './match-thread';
import { contactContext, senderContact } from './sender-contact';
import { senderOverLimit } from './sender-rate-limit';
import { insertInboundMessage } from './write-inbound-message';

export type InboundRow = typeof inboundEmails.$inferSelect;

export interface IngestOptions {
  /** An admin's retry: process even a rate-limited message. */
  force?: boolean;
}

const result = (partial: Partial<IngestResult> & Pick<IngestResult, 'status'>): IngestResult => ({
  outcome: null,
  reason: null,
  ticketId: null,
  messageId: null,
  ...partial,
});

/**
 * Turns one parsed inbound message into its outcome, in the caller's transaction, after locking
 * its row (a concurrent run of the same message finds it processed and does nothing):
 * bounce → mark the failing address and the bounced message; auto-reply → kept, no ticket;
 * no usable sender or our own address → rejected (loop); Message-ID already on a ticket →
 * duplicate; sender over the rate limit → rate_limited; otherwise the thread is matched and the
 * message appended (reopening a solved ticket) or a ticket created (a follow-up when the match is
 * closed) with Cc'd people as followers and an acknowledgement.
 * Attachment files written are pushed onto `saved` for cleanup if the transaction fails.
 */
export async function ingestParsedEmail(
  tx: Tx,
  deps: IngestDeps,
  row: InboundRow,
  parsed: ParsedEmail,
  saved: SavedAttachment[],
  options: IngestOptions,
): Promise<IngestResult> {
  const [locked] = await tx
    .select({ status: inboundEmails.status })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, row.id))
    .for('update');
  if (!locked || locked.status === 'processed') return result({ status: 'processed' });

  const workspaceId = row.workspaceId;
  const from = plausibleAddress(parsed.from?.address);
  await tx
    .update(inboundEmails)
    .set({
      fromAddress: from ?? (parsed.from ? storableText(parsed.from.address).slice(0, 254) : null),
      subject: storableText(parsed.subject).slice(0, 998),
    })
    .where(eq(inboundEmails.id, row.id));
  const finish = (partial: Partial<IngestResult> & Pick<IngestResult, 'status'>) =>
    finishInbound(tx, row.id, result(partial));

  const classification = classifyEmail(parsed);
  if (classification.kind === 'bounce') {
    const bounce = await applyBounce(tx, workspaceId, parsed, classification);
    return finish({
      status: 'processed',
      outcome: 'bounce',
      reason: classification.reason,
      ticketId: bounce.ticketId,
    });
  }
  const { replyDomain } = deps.email;
  if (classification.kind === 'auto_reply') {
    const match = await matchThread(tx, workspaceId, parsed, row.envelopeTo, replyDomain);
    return finish({
      status: 'processed',
      outcome: 'auto_reply',
      reason: classification.reason,
      ticketId: match?.ticketId ?? null,
    });
  }
  if (from === null)
    return finish({ status: 'processed', outcome: 'rejected', reason: 'no usable sender address' });

  const [mailbox] = await tx.select().from(mailboxes).where(eq(mailboxes.id, row.mailboxId));
  if (!mailbox) throw new Error(`mailbox ${row.mailboxId} missing`);
  const ownAddresses = new Set(
    (
      await tx
        .select({ address: mailboxes.address })
        .from(mailboxes)
        .where(eq(mailboxes.workspaceId, workspaceId))
    ).map((m) => m.address.toLowerCase()),
  );
  const isOwn = (address: string) => ownAddresses.has(address) || address.endsWith(`@${replyDomain}`);
  if (isOwn(from)) {
    return finish({
      status: 'processed',
      outcome: 'rejected',
      reason: `sent from our own address ${from} (mail loop)`,
    });
  }

  const rfc = storableMessageId(parsed.messageId);
  if (rfc !== null) {
    const [known] = await tx
      .select({ ticketId: emailMessageIds.ticketId })
      .from(emailMessageIds)
      .where(and(eq(emailMessageIds.workspaceId, workspaceId), eq(emailMessageIds.rfcMessageId, rfc)));
    if (known) {
      return finish({
        status: 'processed',
        outcome: 'duplicate',
        reason: 'Message-ID already on a ticket',
        ticketId: known.ticketId,
      });
    }
  }
  if (!options.force && (await senderOverLimit(tx, row, from, deps.email))) {
    const minutes = Math.round(deps.email.senderRateWindowMs / 60_000);
    return finish({
      status: 'rate_limited',
      reason: `more than ${deps.email.senderRateLimit} messages from ${from} in ${minutes} minutes`,
    });
  }

  const match = await matchThread(tx, workspaceId, parsed, row.envelopeTo, replyDomain);
  const contact = await senderContact(tx, workspaceId, from, parsed.from?.name);
  const ctx = contactContext(workspaceId, contact);
  const files = await saveInboundAttachments(
    deps.store,
    workspaceId,
    parsed.attachments,
    deps.email.maxMessageBytes,
    saved,
  );
  const body = buildInboundBody(parsed, cidResolver(files));
  const receivedAt = new Date();
  const write = (ticketId: string) =>
    insertInboundMessage(tx, ticketId, {
      workspaceId,
      authorContactId: contact.id,
      inboundEmailId: row.id,
      parsed,
      body,
      attachments: files,
      createdAt: receivedAt,
    });

  let ticketId: string | null = null;
  let messageId: string | null = null;
  let outcome: 'created' | 'appended' = 'appended';
  let reason = match ? `threaded by ${match.via}` : 'new conversation';
  if (match && match.status !== 'closed') {
    const appended = await appendEmailMessage(tx, ctx, match.ticketId, write);
    if (appended) {
      ticketId = match.ticketId;
      messageId = appended.messageId;
      if (appended.reopened) reason += ', reopened';
    }
  }
  if (ticketId === null) {
    const followUpOf = match ? { ticketId: match.ticketId, number: match.number } : null;
    const created = await createEmailTicket(
      tx,
      ctx,
      { mailbox, requester: contact, subject: parsed.subject, followUpOf },
      write,
    );
    ticketId = created.ticketId;
    messageId = created.messageId;
    outcome = 'created';
    if (followUpOf) reason = `follow-up of closed ticket #${followUpOf.number}`;
    if (mailbox.autoAcknowledge && mailbox.active && !classification.isListMail && !contact.failing) {
      await queueAutoAck(tx, deps.jobs, {
        workspaceId,
        ticket: { id: created.ticketId, number: created.number, subject: created.subject },
        mailbox,
        contact,
        after: receivedAt,
      });
    }
  }
  await addCcFollowers(
    tx,
    ctx,
    ticketId,
    parsed,
    (address) => isOwn(address) || address === from || address === contact.email,
  );
  return finish({ status: 'processed', outcome, reason, ticketId, messageId });
}
