import { and, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database';
import { ticketLinks } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { linkChange } from '../ticket-relations/link-change';
import { lockedTicket, lockTickets } from '../ticket-relations/lock-tickets';

/**
 * Removes a hand-made link (`related`, `incident`) that has the URL ticket at either end;
 * `not_found` for any other link. Links made by merge, split and follow-ups record where a
 * conversation went and cannot be removed (409). Records `ticket.unlinked` on both tickets.
 */
export async function unlinkTickets(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  linkId: string,
): Promise<void> {
  authorize(ctx, 'tickets.write');
  await db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(ticketLinks)
      .where(
        and(
          eq(ticketLinks.workspaceId, ctx.workspaceId),
          eq(ticketLinks.id, linkId),
          or(eq(ticketLinks.sourceTicketId, ticketId), eq(ticketLinks.targetTicketId, ticketId)),
        ),
      );
    if (!link) throw notFound('Link');
    if (link.kind !== 'related' && link.kind !== 'incident') {
      throw new AppError('conflict', `A ${link.kind} link is kept as a record and cannot be removed`);
    }
    const locked = await lockTickets(tx, ctx, [link.sourceTicketId, link.targetTicketId]);
    const source = lockedTicket(locked, link.sourceTicketId);
    const target = lockedTicket(locked, link.targetTicketId);
    const deleted = await tx
      .delete(ticketLinks)
      .where(eq(ticketLinks.id, linkId))
      .returning({ id: ticketLinks.id });
    if (deleted.length === 0) throw notFound('Link');
    await recordEvent(tx, ctx, {
      type: 'ticket.unlinked',
      ticketId: source.id,
      entityId: linkId,
      changes: [linkChange(link.kind, 'outgoing', target, false)],
    });
    await recordEvent(tx, ctx, {
      type: 'ticket.unlinked',
      ticketId: target.id,
      entityId: linkId,
      changes: [linkChange(link.kind, 'incoming', source, false)],
    });
  });
}
