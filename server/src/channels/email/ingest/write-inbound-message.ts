import type { DbOrTx } from '../../../db/database';
import { emailMessageIds, messageEmails, messages } from '../../../db/schema';
import type { ParsedEmail } from '../parse/parsed-email';
import { storableMessageId, storableText } from '../clean-text';
import type { InboundBody } from './inbound-body';
import { insertAttachmentRows, type SavedAttachment } from './inbound-attachments';

export interface InboundMessageInput {
  workspaceId: string;
  authorContactId: string;
  inboundEmailId: string;
  parsed: ParsedEmail;
  body: InboundBody;
  attachments: readonly SavedAttachment[];
  /** Explicit, so that messages written later in the same transaction (the acknowledgement) sort after it. */
  createdAt: Date;
}

const addresses = (list: readonly { address: string }[]) =>
  list.map((entry) => storableText(entry.address).slice(0, 254)).slice(0, 100);

/**
 * Writes an inbound email as a customer message of `ticketId`: the message, its attachments, its
 * email details (addresses, visible reply, quoted history) and its Message-ID as a thread key of
 * the ticket. Returns the message id. Counters and events are the caller's.
 */
export async function insertInboundMessage(
  tx: DbOrTx,
  ticketId: string,
  input: InboundMessageInput,
): Promise<string> {
  const { parsed, body, workspaceId } = input;
  const [message] = await tx
    .insert(messages)
    .values({
      workspaceId,
      ticketId,
      kind: 'reply',
      channel: 'email',
      authorType: 'contact',
      authorAgentId: null,
      authorContactId: input.authorContactId,
      bodyText: body.bodyText,
      bodyHtml: body.bodyHtml,
      createdAt: input.createdAt,
    })
    .returning({ id: messages.id });
  if (!message) throw new Error('message insert returned nothing');
  await insertAttachmentRows(tx, workspaceId, message.id, input.attachments);
  const rfc = storableMessageId(parsed.messageId);
  await tx.insert(messageEmails).values({
    messageId: message.id,
    workspaceId,
    direction: 'inbound',
    rfcMessageId: rfc ?? storableText(parsed.messageId).slice(0, 500),
    inboundEmailId: input.inboundEmailId,
    fromAddress: parsed.from ? storableText(parsed.from.address).slice(0, 254) : null,
    toAddresses: addresses(parsed.to),
    ccAddresses: addresses(parsed.cc),
    visibleText: body.visibleText,
    quotedText: body.quotedText,
    blockedRemoteImages: body.blockedRemoteImages,
  });
  if (rfc !== null) {
    await tx
      .insert(emailMessageIds)
      .values({ workspaceId, ticketId, messageId: message.id, rfcMessageId: rfc, direction: 'inbound' })
      .onConflictDoNothing();
  }
  return message.id;
}
