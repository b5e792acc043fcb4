import { sql } from 'drizzle-orm';
import type { CreateSavedViewInput, SavedView } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { savedViews } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getSavedView, visibleViewsWhere } from '../../queries/saved-views';

/** The largest position a view may take (the contract's limit). */
const MAX_POSITION = 10_000;

/**
 * Saves a view. A personal view belongs to the calling agent and only they see it; a shared one
 * (no owner) is visible to the whole workspace and needs `views.share`. Without a position it goes
 * after the caller's other views. Records `saved_view.changed`.
 */
export async function createSavedView(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateSavedViewInput,
): Promise<SavedView> {
  authorize(ctx, 'tickets.read');
  if (input.shared) authorize(ctx, 'views.share');
  else if (!ctx.agentId) throw invalidField('shared', 'An API token can only create shared views');
  const id = await db.transaction(async (tx) => {
    let position = input.position;
    if (position === undefined) {
      const [last] = await tx
        .select({ next: sql<number>`coalesce(max(${savedViews.position}) + 1, 0)::int` })
        .from(savedViews)
        .where(visibleViewsWhere(ctx));
      position = Math.min(last?.next ?? 0, MAX_POSITION);
    }
    const [row] = await tx
      .insert(savedViews)
      .values({
        workspaceId: ctx.workspaceId,
        ownerAgentId: input.shared ? null : ctx.agentId,
        name: input.name,
        filters: input.query,
        columns: [...new Set(input.columns)],
        position,
      })
      .returning({ id: savedViews.id });
    if (!row) throw new Error('saved view insert returned nothing');
    await recordEvent(tx, ctx, {
      type: 'saved_view.changed',
      entityId: row.id,
      changes: [{ field: 'view', from: null, to: input.name }],
    });
    return row.id;
  });
  return getSavedView(db, ctx, id);
}
