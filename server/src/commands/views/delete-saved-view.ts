import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database';
import { savedViews } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { AuthContext } from '../../lib/auth-context';
import { lockEditableView } from './editable-view';

/**
 * Deletes a view the caller may edit (same rule as updating) and records `saved_view.changed`,
 * so open view lists drop it live.
 */
export async function deleteSavedView(db: DbOrTx, ctx: AuthContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const view = await lockEditableView(tx, ctx, id);
    await tx.delete(savedViews).where(eq(savedViews.id, id));
    await recordEvent(tx, ctx, {
      type: 'saved_view.changed',
      entityId: id,
      changes: [{ field: 'view', from: view.name, to: null }],
    });
  });
}
