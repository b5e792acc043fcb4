import type { Readable } from 'node:stream';
import type { Attachment } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { attachments } from '../../db/schema';
import type { AttachmentStore } from '../../lib/attachment-store';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentAttachment } from '../../presenters/present-message';

export interface UploadedFile {
  filename: string;
  contentType: string;
  stream: Readable;
}

function cleanFilename(name: string): string {
  const base = name
    .replace(/\p{Cc}/gu, '')
    .replace(/[\\/]/g, '_')
    .trim();
  return (base || 'archivo').slice(0, 200);
}

/**
 * Stores an uploaded file and its metadata, not yet tied to a message: the next message that
 * lists its id claims it. Unclaimed uploads are purged by a job after a day.
 */
export async function storeAttachment(
  db: DbOrTx,
  store: AttachmentStore,
  ctx: AuthContext,
  file: UploadedFile,
  maxBytes: number,
): Promise<Attachment> {
  authorize(ctx, 'tickets.write');
  const saved = await store.save(file.stream, ctx.workspaceId, maxBytes);
  try {
    const [row] = await db
      .insert(attachments)
      .values({
        workspaceId: ctx.workspaceId,
        filename: cleanFilename(file.filename),
        contentType: file.contentType || 'application/octet-stream',
        size: saved.size,
        sha256: saved.sha256,
        storageKey: saved.storageKey,
        uploadedByAgentId: ctx.agentId,
      })
      .returning();
    if (!row) throw new Error('attachment insert returned nothing');
    return presentAttachment(row);
  } catch (error) {
    await store.remove(saved.storageKey);
    throw error;
  }
}
