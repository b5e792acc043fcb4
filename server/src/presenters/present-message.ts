import type { Attachment, Message, MessageAuthor, MessageEmail } from '@atiende/contracts';
import type { attachments, messages } from '../db/schema';

type MessageRow = typeof messages.$inferSelect;
type AttachmentRow = typeof attachments.$inferSelect;

/** Download URL of an attachment; served by the attachments route with the caller's auth. */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${id}`;
}

/** The only way an attachment's metadata leaves the server. */
export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    url: attachmentUrl(row.id),
  };
}

/** The only way a message leaves the server; `email` details only for messages that went by email. */
export function presentMessage(
  row: MessageRow,
  names: { agentName: string | null; contactName: string | null },
  files: AttachmentRow[],
  email?: MessageEmail,
): Message {
  let author: MessageAuthor;
  if (row.authorType === 'agent' && row.authorAgentId) {
    author = { type: 'agent', id: row.authorAgentId, name: names.agentName ?? '' };
  } else if (row.authorType === 'contact' && row.authorContactId) {
    author = { type: 'contact', id: row.authorContactId, name: names.contactName ?? '' };
  } else {
    author = { type: 'system', name: 'Atiende' };
  }
  return {
    id: row.id,
    ticketId: row.ticketId,
    kind: row.kind,
    channel: row.channel,
    author,
    bodyText: row.bodyText,
    bodyHtml: row.bodyHtml,
    attachments: files.map(presentAttachment),
    createdAt: row.createdAt.toISOString(),
    ...(email ? { email } : {}),
  };
}
