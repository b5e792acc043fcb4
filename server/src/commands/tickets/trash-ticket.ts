import { and, eq } from 'drizzle-orm';
import type { Ticket, TrashReason } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { tickets } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';

/**
 * Moves a ticket to the trash (spam, duplicates): it leaves every list and board until it is
 * restored, or purged once the workspace's retention is over. Remembers the status it had so
 * restoring brings it back; closed tickets may be trashed too. Records `ticket.trashed`.
 * A ticket already in the trash answers 409.
 */
export async function trashTicket(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  reason: TrashReason,
): Promise<Ticket> {
  authorize(ctx, 'tickets.manage');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: tickets.status })
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, id)))
      .for('update');
    if (!current) throw notFound('Ticket');
    if (current.status === 'trashed') throw new AppError('conflict', 'The ticket is already in the trash');
    const now = new Date();
    await tx
      .update(tickets)
      .set({
        status: 'trashed',
        trashedAt: now,
        trashReason: reason,
        trashedFromStatus: current.status,
        updatedAt: now,
      })
      .where(eq(tickets.id, id));
    await recordEvent(tx, ctx, {
      type: 'ticket.trashed',
      ticketId: id,
      entityId: id,
      changes: [
        { field: 'status', from: current.status, to: 'trashed' },
        { field: 'trashReason', from: null, to: reason },
      ],
    });
  });
  return getTicket(db, ctx, id);
}
