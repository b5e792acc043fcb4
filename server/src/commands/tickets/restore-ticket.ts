import { and, eq } from 'drizzle-orm';
import type { Ticket } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { tickets } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';

/**
 * Takes a ticket out of the trash, back to the status it had when it was trashed (its custom
 * status, resolution and timestamps were kept). Records `ticket.restored`. A ticket that is not
 * in the trash answers 409.
 */
export async function restoreTicket(db: DbOrTx, ctx: AuthContext, id: string): Promise<Ticket> {
  authorize(ctx, 'tickets.manage');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: tickets.status, from: tickets.trashedFromStatus, reason: tickets.trashReason })
      .from(tickets)
      .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, id)))
      .for('update');
    if (!current) throw notFound('Ticket');
    if (current.status !== 'trashed') throw new AppError('conflict', 'The ticket is not in the trash');
    const status = current.from ?? 'open';
    await tx
      .update(tickets)
      .set({ status, trashedAt: null, trashReason: null, trashedFromStatus: null, updatedAt: new Date() })
      .where(eq(tickets.id, id));
    await recordEvent(tx, ctx, {
      type: 'ticket.restored',
      ticketId: id,
      entityId: id,
      changes: [
        { field: 'status', from: 'trashed', to: status },
        { field: 'trashReason', from: current.reason, to: null },
      ],
    });
  });
  return getTicket(db, ctx, id);
}
