import { and, inArray, isNull, lt } from 'drizzle-orm';
import { attachments } from '../db/schema';
import type { JobDefinition } from './job';

/** Uploads never attached to a message within this time are removed (row and file). */
export const ORPHAN_AFTER_MS = 24 * 3600_000;

/** Removes uploads that no message claimed within a day, in batches, file first then row. */
export const purgeOrphanAttachmentsJob: JobDefinition = {
  name: 'purge-orphan-attachments',
  cron: '41 3 * * *',
  retryLimit: 3,
  handler: async ({ database: { db }, store }) => {
    for (;;) {
      const batch = await db
        .select({ id: attachments.id, storageKey: attachments.storageKey })
        .from(attachments)
        .where(
          and(
            isNull(attachments.messageId),
            lt(attachments.createdAt, new Date(Date.now() - ORPHAN_AFTER_MS)),
          ),
        )
        .limit(500);
      if (batch.length === 0) return;
      for (const row of batch) await store.remove(row.storageKey);
      await db.delete(attachments).where(
        and(
          inArray(
            attachments.id,
            batch.map((r) => r.id),
          ),
          isNull(attachments.messageId),
        ),
      );
    }
  },
};
