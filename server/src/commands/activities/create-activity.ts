import type { Activity, CreateActivityInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { ticketActivities } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { getActivity } from '../../queries/activities';
import { activityOwner, lockActivityTicket, recomputeNextActivityDue } from './activity-ticket';

/**
 * Adds a follow-up task to a ticket (call the customer, check with billing). The owner must be an
 * active agent of the workspace (400 `ownerId`); closed and trashed tickets take no new tasks (409).
 * Recomputes the ticket's next due date and records `activity.created`, in one transaction.
 */
export async function createActivity(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  input: CreateActivityInput,
): Promise<Activity> {
  authorize(ctx, 'tickets.write');
  const id = await db.transaction(async (tx) => {
    const ticket = await lockActivityTicket(tx, ctx, ticketId);
    if (ticket.status === 'closed' || ticket.status === 'trashed') {
      throw new AppError('conflict', `A ${ticket.status} ticket cannot take new activities`);
    }
    const owner = await activityOwner(tx, ctx, input.ownerId);
    const [row] = await tx
      .insert(ticketActivities)
      .values({
        workspaceId: ctx.workspaceId,
        ticketId,
        title: input.title,
        kind: input.kind,
        dueAt: new Date(input.dueAt),
        ownerAgentId: owner?.id ?? null,
        createdByAgentId: ctx.agentId,
      })
      .returning({ id: ticketActivities.id });
    if (!row) throw new Error('activity insert returned nothing');
    await recomputeNextActivityDue(tx, ticketId);
    await recordEvent(tx, ctx, {
      type: 'activity.created',
      ticketId,
      entityId: row.id,
      changes: [
        { field: 'title', from: null, to: input.title },
        { field: 'kind', from: null, to: input.kind },
        { field: 'dueAt', from: null, to: new Date(input.dueAt).toISOString() },
        { field: 'owner', from: null, to: owner },
      ],
    });
    return row.id;
  });
  return getActivity(db, ctx, id);
}
