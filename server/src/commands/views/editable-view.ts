import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { savedViews } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { canEditView, type SavedViewRecord } from '../../presenters/present-saved-view';
import { visibleViewsWhere } from '../../queries/saved-views';

/**
 * Locks a view the caller is about to change. Views they cannot see answer `not_found` (another
 * agent's personal view looks like it does not exist); shared views they can see but not manage
 * answer `forbidden`.
 */
export async function lockEditableView(tx: Tx, ctx: AuthContext, id: string): Promise<SavedViewRecord> {
  const [view] = await tx
    .select()
    .from(savedViews)
    .where(and(visibleViewsWhere(ctx), eq(savedViews.id, id)))
    .for('update');
  if (!view) throw notFound('View');
  if (!canEditView(ctx, view)) {
    throw new AppError('forbidden', `Your role (${ctx.role}) may not change shared views (views.share)`);
  }
  return view;
}
