import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database';
import { ticketActivities } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { lockActivityTicket, recomputeNextActivityDue } from './activity-ticket';

/**
 * Deletes an activity (`not_found` outside the workspace), recomputes the ticket's next due date
 * and records `activity.deleted` with the title, so the history still says what was removed.
 */
export async function deleteActivity(db: DbOrTx, ctx: AuthContext, activityId: string): Promise<void> {
  authorize(ctx, 'tickets.write');
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ ticketId: ticketActivities.ticketId })
      .from(ticketActivities)
      .where(and(eq(ticketActivities.workspaceId, ctx.workspaceId), eq(ticketActivities.id, activityId)));
    if (!found) throw notFound('Activity');
    await lockActivityTicket(tx, ctx, found.ticketId);
    const [deleted] = await tx
      .delete(ticketActivities)
      .where(eq(ticketActivities.id, activityId))
      .returning({ title: ticketActivities.title });
    if (!deleted) throw notFound('Activity');
    await recomputeNextActivityDue(tx, found.ticketId);
    await recordEvent(tx, ctx, {
      type: 'activity.deleted',
      ticketId: found.ticketId,
      entityId: activityId,
      changes: [{ field: 'title', from: deleted.title, to: null }],
    });
  });
}
