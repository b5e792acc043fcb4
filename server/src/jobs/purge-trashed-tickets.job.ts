import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { attachments, messages, tickets } from '../db/schema';
import { recordEvent } from '../events/record-event';
import type { AttachmentStore } from '../lib/attachment-store';
import { systemContext, type AuthContext } from '../lib/auth-context';
import type { JobDefinition } from './job';
import { workspaceScope, type JobRunOptions } from './workspace-scope';

const ACTOR_NAME: Record<string, string> = {
  es: 'Vaciado de papelera',
  en: 'Trash purge',
  'pt-BR': 'Limpeza da lixeira',
};

function purgeContext(workspaceId: string, locale: string): AuthContext {
  return {
    ...systemContext(workspaceId),
    actor: { type: 'system', name: ACTOR_NAME[locale] ?? 'Trash purge' },
  };
}

interface ExpiredRow extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  number: number;
  subject: string;
  locale: string;
}

/**
 * Deletes tickets that have been in the trash longer than their workspace's `trash_retention_days`,
 * in batches (one transaction each, rows locked with SKIP LOCKED). Messages, links, activities,
 * stage intervals and email rows go with them (foreign keys cascade); one `ticket.purged` event per
 * ticket remains as the trace. Attachment files are removed after the commit, so no row ever
 * points to a missing file. Idempotent: a ticket restored meanwhile is no longer trashed and stays.
 * Returns how many tickets it purged. `options.workspaceIds` limits the run to some workspaces.
 */
export async function purgeTrashedTickets(
  db: Db,
  store: AttachmentStore,
  options: JobRunOptions = {},
): Promise<number> {
  const { now = new Date(), batchSize = 200 } = options;
  let purged = 0;
  for (;;) {
    const { count, files } = await db.transaction(async (tx) => {
      const expired = await tx.execute<ExpiredRow>(sql`
        SELECT t.id, t.workspace_id, t.number, t.subject, w.default_locale AS locale
        FROM tickets t JOIN workspaces w ON w.id = t.workspace_id
        WHERE t.status = 'trashed'
          AND ${workspaceScope(options.workspaceIds)}
          AND t.trashed_at < ${now.toISOString()}::timestamptz - make_interval(days => w.trash_retention_days)
        ORDER BY t.trashed_at
        LIMIT ${batchSize}
        FOR UPDATE OF t SKIP LOCKED`);
      const ids = expired.rows.map((r) => r.id);
      if (ids.length === 0) return { count: 0, files: [] };
      const stored = await tx
        .select({ key: attachments.storageKey })
        .from(attachments)
        .innerJoin(messages, sql`${messages.id} = ${attachments.messageId}`)
        .where(inArray(messages.ticketId, ids));
      await tx.delete(tickets).where(inArray(tickets.id, ids));
      for (const row of expired.rows) {
        await recordEvent(tx, purgeContext(row.workspace_id, row.locale), {
          type: 'ticket.purged',
          ticketId: row.id,
          entityId: row.id,
          changes: [
            { field: 'number', from: row.number, to: null },
            { field: 'subject', from: row.subject, to: null },
          ],
        });
      }
      return { count: ids.length, files: stored.map((s) => s.key) };
    });
    for (const key of files) await store.remove(key);
    purged += count;
    if (count < batchSize) return purged;
  }
}

/** Daily: trashed tickets are deleted for good once the workspace's retention is over. */
export const purgeTrashedTicketsJob: JobDefinition = {
  name: 'purge-trashed-tickets',
  cron: '53 3 * * *',
  retryLimit: 3,
  handler: async ({ database: { db }, store }) => {
    await purgeTrashedTickets(db, store);
  },
};
