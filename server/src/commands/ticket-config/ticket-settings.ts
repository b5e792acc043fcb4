import { eq } from 'drizzle-orm';
import type { TicketSettings, UpdateTicketSettingsInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { workspaces } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentTicketSettings } from '../../presenters/present-ticket-config';
import { ticketSettingsRow } from '../../queries/ticket-config';
import { entryChanges, recordConfigEvent } from './config-entry';

/**
 * Changes the workspace's lifecycle settings (admins): days until solved tickets close by
 * themselves (0 = never) and days trashed tickets are kept before the purge. The event's entity is
 * the workspace.
 */
export async function updateTicketSettings(
  db: DbOrTx,
  ctx: AuthContext,
  input: UpdateTicketSettingsInput,
): Promise<TicketSettings> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const before = presentTicketSettings(await ticketSettingsRow(tx, ctx.workspaceId));
    await tx
      .update(workspaces)
      .set({ autoCloseAfterDays: input.autoCloseAfterDays, trashRetentionDays: input.trashRetentionDays })
      .where(eq(workspaces.id, ctx.workspaceId));
    const after = presentTicketSettings(await ticketSettingsRow(tx, ctx.workspaceId));
    const changes = entryChanges(before, after, ['autoCloseAfterDays', 'trashRetentionDays']);
    if (changes.length > 0) await recordConfigEvent(tx, ctx, 'settings', ctx.workspaceId, changes);
    return after;
  });
}
