import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DbOrTx } from '../../../db/database';
import { attachments } from '../../../db/schema';
import type { AttachmentStore } from '../../../lib/attachment-store';
import { attachmentUrl } from '../../../presenters/present-message';
import type { ParsedAttachment } from '../parse/parsed-email';
import { storableText } from '../clean-text';

export interface SavedAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  contentId: string | null;
}

function cleanFilename(name: string): string {
  const base = storableText(name)
    .replace(/\p{Cc}/gu, '')
    .replace(/[\\/]/g, '_')
    .trim();
  return (base || 'archivo').slice(0, 200);
}

/**
 * Writes every attachment of a message to the AttachmentStore (files first, rows later in the
 * caller's transaction). Saved files are pushed onto `saved` as they land, so the caller can
 * remove them if its transaction fails.
 */
export async function saveInboundAttachments(
  store: AttachmentStore,
  workspaceId: string,
  parsed: readonly ParsedAttachment[],
  maxBytes: number,
  saved: SavedAttachment[],
): Promise<SavedAttachment[]> {
  const mine: SavedAttachment[] = [];
  for (const attachment of parsed) {
    const file = await store.save(Readable.from([attachment.content]), workspaceId, Math.max(maxBytes, 1));
    const entry: SavedAttachment = {
      id: randomUUID(),
      filename: cleanFilename(attachment.filename),
      contentType: storableText(attachment.contentType).slice(0, 200) || 'application/octet-stream',
      size: file.size,
      sha256: file.sha256,
      storageKey: file.storageKey,
      contentId: attachment.contentId,
    };
    saved.push(entry);
    mine.push(entry);
  }
  return mine;
}

/** Maps `cid:` references of the HTML body to the served URL of the matching attachment. */
export function cidResolver(saved: readonly SavedAttachment[]): (contentId: string) => string | null {
  const byCid = new Map<string, string>();
  for (const file of saved) {
    if (file.contentId) byCid.set(file.contentId.toLowerCase(), attachmentUrl(file.id));
  }
  return (contentId) => byCid.get(contentId.toLowerCase()) ?? null;
}

/** Inserts the attachment rows of saved files, tied to their message. */
export async function insertAttachmentRows(
  tx: DbOrTx,
  workspaceId: string,
  messageId: string,
  saved: readonly SavedAttachment[],
): Promise<void> {
  if (saved.length === 0) return;
  await tx.insert(attachments).values(
    saved.map((file) => ({
      id: file.id,
      workspaceId,
      messageId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      storageKey: file.storageKey,
    })),
  );
}
