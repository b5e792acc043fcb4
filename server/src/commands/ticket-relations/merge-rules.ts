import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { ticketLinks, tickets } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { LockedTicket } from './lock-tickets';

/**
 * Refuses a merge that would lose or corrupt a conversation, with a 409 naming the ticket: a
 * ticket already merged (source or target), a closed or trashed target, a closed or trashed
 * source. Runs on rows already locked by the merge.
 */
export async function assertMergeable(
  tx: Tx,
  workspaceId: string,
  target: LockedTicket,
  sources: readonly LockedTicket[],
): Promise<void> {
  const all = [target, ...sources];
  const merged = await tx
    .select({ sourceTicketId: ticketLinks.sourceTicketId, intoNumber: tickets.number })
    .from(ticketLinks)
    .innerJoin(tickets, eq(tickets.id, ticketLinks.targetTicketId))
    .where(
      and(
        eq(ticketLinks.workspaceId, workspaceId),
        eq(ticketLinks.kind, 'merged_into'),
        inArray(
          ticketLinks.sourceTicketId,
          all.map((t) => t.id),
        ),
      ),
    );
  for (const ticket of all) {
    const link = merged.find((m) => m.sourceTicketId === ticket.id);
    if (link) {
      throw new AppError('conflict', `#${ticket.number} was already merged into #${link.intoNumber}`);
    }
  }
  if (target.status === 'closed' || target.status === 'trashed') {
    throw new AppError('conflict', `#${target.number} is ${target.status}; it cannot receive merged tickets`);
  }
  for (const source of sources) {
    if (source.status === 'closed' || source.status === 'trashed') {
      throw new AppError('conflict', `#${source.number} is ${source.status} and cannot be merged`);
    }
  }
}
