import { and, eq } from 'drizzle-orm';
import type { Activity, FieldChange, UpdateActivityInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { agents, ticketActivities } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getActivity } from '../../queries/activities';
import { activityOwner, lockActivityTicket, recomputeNextActivityDue } from './activity-ticket';

/**
 * Changes an activity; `done: true` stamps done_at (kept if already done), `done: false` reopens
 * it. Works on closed tickets too, so a pending task never stays red for good. Recomputes the
 * ticket's next due date and records `activity.updated` listing the changes (nothing on a no-op).
 */
export async function updateActivity(
  db: DbOrTx,
  ctx: AuthContext,
  activityId: string,
  input: UpdateActivityInput,
): Promise<Activity> {
  authorize(ctx, 'tickets.write');
  await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ ticketId: ticketActivities.ticketId })
      .from(ticketActivities)
      .where(and(eq(ticketActivities.workspaceId, ctx.workspaceId), eq(ticketActivities.id, activityId)));
    if (!found) throw notFound('Activity');
    await lockActivityTicket(tx, ctx, found.ticketId);
    const [current] = await tx
      .select({ activity: ticketActivities, ownerName: agents.name })
      .from(ticketActivities)
      .leftJoin(agents, eq(agents.id, ticketActivities.ownerAgentId))
      .where(eq(ticketActivities.id, activityId));
    if (!current) throw notFound('Activity');
    const { activity } = current;

    const changes: FieldChange[] = [];
    const set: Partial<typeof ticketActivities.$inferInsert> = {};
    if (input.title !== undefined && input.title !== activity.title) {
      changes.push({ field: 'title', from: activity.title, to: input.title });
      set.title = input.title;
    }
    if (input.kind !== undefined && input.kind !== activity.kind) {
      changes.push({ field: 'kind', from: activity.kind, to: input.kind });
      set.kind = input.kind;
    }
    if (input.dueAt !== undefined && new Date(input.dueAt).getTime() !== activity.dueAt.getTime()) {
      const dueAt = new Date(input.dueAt);
      changes.push({ field: 'dueAt', from: activity.dueAt.toISOString(), to: dueAt.toISOString() });
      set.dueAt = dueAt;
    }
    if (input.ownerId !== undefined && input.ownerId !== activity.ownerAgentId) {
      const owner = await activityOwner(tx, ctx, input.ownerId);
      const from =
        activity.ownerAgentId === null ? null : { id: activity.ownerAgentId, name: current.ownerName ?? '' };
      changes.push({ field: 'owner', from, to: owner });
      set.ownerAgentId = owner?.id ?? null;
    }
    if (input.done !== undefined && input.done !== (activity.doneAt !== null)) {
      changes.push({ field: 'done', from: !input.done, to: input.done });
      set.doneAt = input.done ? new Date() : null;
    }
    if (changes.length === 0) return;

    await tx
      .update(ticketActivities)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(ticketActivities.id, activityId));
    await recomputeNextActivityDue(tx, activity.ticketId);
    await recordEvent(tx, ctx, {
      type: 'activity.updated',
      ticketId: activity.ticketId,
      entityId: activityId,
      changes,
    });
  });
  return getActivity(db, ctx, activityId);
}
