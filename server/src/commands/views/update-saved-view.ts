import { eq } from 'drizzle-orm';
import type { FieldChange, SavedView, UpdateSavedViewInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { savedViews } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getSavedView } from '../../queries/saved-views';
import { lockEditableView } from './editable-view';

/**
 * Changes a view the caller may edit (their own personal view, or a shared one with
 * `views.share`). Sharing a personal view or taking a shared one back as personal both need
 * `views.share`; a view taken back belongs to the caller. Records `saved_view.changed` with the
 * changed fields; a no-op records nothing.
 */
export async function updateSavedView(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateSavedViewInput,
): Promise<SavedView> {
  await db.transaction(async (tx) => {
    const view = await lockEditableView(tx, ctx, id);
    const wasShared = view.ownerAgentId === null;
    let ownerAgentId = view.ownerAgentId;
    const changes: FieldChange[] = [];
    if (input.shared !== undefined && input.shared !== wasShared) {
      authorize(ctx, 'views.share');
      if (!input.shared && !ctx.agentId) {
        throw invalidField('shared', 'An API token cannot own a personal view');
      }
      ownerAgentId = input.shared ? null : ctx.agentId;
      changes.push({ field: 'shared', from: wasShared, to: input.shared });
    }
    if (input.name !== undefined && input.name !== view.name) {
      changes.push({ field: 'name', from: view.name, to: input.name });
    }
    if (input.query !== undefined && JSON.stringify(input.query) !== JSON.stringify(view.filters)) {
      changes.push({ field: 'query', from: view.filters, to: input.query });
    }
    const columns = input.columns ? [...new Set(input.columns)] : undefined;
    if (columns && JSON.stringify(columns) !== JSON.stringify(view.columns)) {
      changes.push({ field: 'columns', from: view.columns, to: columns });
    }
    if (input.position !== undefined && input.position !== view.position) {
      changes.push({ field: 'position', from: view.position, to: input.position });
    }
    if (changes.length === 0) return;
    await tx
      .update(savedViews)
      .set({
        name: input.name,
        filters: input.query,
        columns,
        position: input.position,
        ownerAgentId,
        updatedAt: new Date(),
      })
      .where(eq(savedViews.id, id));
    await recordEvent(tx, ctx, { type: 'saved_view.changed', entityId: id, changes });
  });
  return getSavedView(db, ctx, id);
}
