import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Activity } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, ticketActivities, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentActivity } from '../presenters/present-activity';

function selectActivities(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ activity: ticketActivities, ownerName: agents.name })
    .from(ticketActivities)
    .leftJoin(agents, eq(agents.id, ticketActivities.ownerAgentId))
    .where(where)
    .$dynamic();
}

/**
 * A ticket's activities: pending ones first by due date (the next one on top), then the done
 * ones, also by due date. `not_found` when the ticket is not in the caller's workspace.
 */
export async function listActivities(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<Activity[]> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const rows = await selectActivities(
    db,
    and(eq(ticketActivities.workspaceId, ctx.workspaceId), eq(ticketActivities.ticketId, ticketId)),
  ).orderBy(
    sql`${ticketActivities.doneAt} IS NOT NULL`,
    asc(ticketActivities.dueAt),
    asc(ticketActivities.createdAt),
    asc(ticketActivities.id),
  );
  return rows.map((r) => presentActivity(r.activity, r.ownerName));
}

/** One activity of the caller's workspace, presented; `not_found` for any other id. */
export async function getActivity(db: DbOrTx, ctx: AuthContext, activityId: string): Promise<Activity> {
  const [row] = await selectActivities(
    db,
    and(eq(ticketActivities.workspaceId, ctx.workspaceId), eq(ticketActivities.id, activityId)),
  ).limit(1);
  if (!row) throw notFound('Activity');
  return presentActivity(row.activity, row.ownerName);
}
