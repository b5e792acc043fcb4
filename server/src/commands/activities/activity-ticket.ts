import { and, eq, isNull, min } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { agents, ticketActivities, tickets } from '../../db/schema';
import { invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';

/**
 * Locks the ticket an activity belongs to (`FOR UPDATE`), so concurrent activity changes on one
 * ticket recompute its next due date one after the other. `not_found` outside the workspace.
 */
export async function lockActivityTicket(tx: Tx, ctx: AuthContext, ticketId: string) {
  const [ticket] = await tx
    .select({ id: tickets.id, status: tickets.status })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)))
    .for('update');
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/**
 * Sets `tickets.next_activity_due_at` to the earliest due date of the ticket's pending activities
 * (null when none is pending); it drives the green/grey/red indicator, list filters and sorting.
 * `updated_at` is left alone on purpose: a to-do change is not ticket activity and must not
 * re-sort the inbox (realtime still refreshes through the activity event).
 */
export async function recomputeNextActivityDue(tx: Tx, ticketId: string): Promise<Date | null> {
  const [row] = await tx
    .select({ next: min(ticketActivities.dueAt) })
    .from(ticketActivities)
    .where(and(eq(ticketActivities.ticketId, ticketId), isNull(ticketActivities.doneAt)));
  const next = row?.next ?? null;
  await tx.update(tickets).set({ nextActivityDueAt: next }).where(eq(tickets.id, ticketId));
  return next;
}

/** The owner as `{id, name}` for history, after checking it is an active agent of the workspace. */
export async function activityOwner(
  tx: Tx,
  ctx: AuthContext,
  ownerId: string | null,
): Promise<{ id: string; name: string } | null> {
  if (ownerId === null) return null;
  const [agent] = await tx
    .select({ id: agents.id, name: agents.name })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspaceId), eq(agents.id, ownerId), eq(agents.active, true)));
  if (!agent) throw invalidField('ownerId', 'The owner must be an active agent of this workspace');
  return agent;
}
