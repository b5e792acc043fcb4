import { and, eq } from 'drizzle-orm';
import type { BulkAction, UpdateTicketInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { tickets } from '../../db/schema';
import { invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import type { JobSender } from '../../jobs/job-sender';
import { mergeTickets } from '../tickets/merge-tickets';
import { trashTicket } from '../tickets/trash-ticket';
import { updateTicket } from '../tickets/update-ticket';

/** The most tags a ticket may carry (the `UpdateTicketInput` limit). */
const MAX_TAGS = 30;

/**
 * The ticket's tags with `add` added and `remove` removed, every other tag kept in place; null
 * when nothing would change. Locks the ticket so a concurrent edit cannot be overwritten.
 */
async function nextTags(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  add: string[],
  remove: string[],
): Promise<string[] | null> {
  const [ticket] = await db
    .select({ tags: tickets.tags })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)))
    .for('update');
  if (!ticket) throw notFound('Ticket');
  const removed = new Set(remove);
  const next = [...new Set([...ticket.tags, ...add])].filter((tag) => !removed.has(tag));
  if (next.length > MAX_TAGS) throw invalidField('tags', `A ticket has at most ${String(MAX_TAGS)} tags`);
  return JSON.stringify(next) === JSON.stringify(ticket.tags) ? null : next;
}

/** The ticket change a status action asks for; a status without custom status clears the custom one. */
function statusChange(action: Extract<BulkAction, { type: 'status' }>): UpdateTicketInput {
  const change: UpdateTicketInput = { status: action.status, customStatusId: null };
  if (action.status === 'solved' || action.status === 'closed') {
    if (action.resolution) change.resolution = action.resolution;
    if (action.resolutionReasonId) change.resolutionReasonId = action.resolutionReasonId;
  }
  return change;
}

/**
 * Applies one bulk action to one ticket through the same command a single change uses
 * (`updateTicket`, `trashTicket`, `mergeTickets`), so permissions, lifecycle rules, required
 * fields and events are exactly those of a one-by-one change. Throws the command's error.
 */
export async function applyBulkAction(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  action: BulkAction,
  options: { jobs: JobSender },
): Promise<void> {
  switch (action.type) {
    case 'assign': {
      const change: UpdateTicketInput = {};
      if (action.assigneeId !== undefined) change.assigneeId = action.assigneeId;
      if (action.teamId !== undefined) change.teamId = action.teamId;
      await updateTicket(db, ctx, ticketId, change);
      return;
    }
    case 'status':
      await updateTicket(db, ctx, ticketId, statusChange(action));
      return;
    case 'priority':
      await updateTicket(db, ctx, ticketId, { priority: action.priority });
      return;
    case 'tags': {
      const tags = await nextTags(db, ctx, ticketId, action.add, action.remove);
      if (tags) await updateTicket(db, ctx, ticketId, { tags });
      return;
    }
    case 'merge':
      await mergeTickets(
        db,
        ctx,
        action.targetTicketId,
        { sourceTicketIds: [ticketId], notifyRequesters: action.notifyRequesters ?? false },
        { jobs: options.jobs },
      );
      return;
    case 'trash':
      await trashTicket(db, ctx, ticketId, action.reason);
      return;
  }
}
