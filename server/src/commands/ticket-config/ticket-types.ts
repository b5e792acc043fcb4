import { and, eq } from 'drizzle-orm';
import type { CreateTicketTypeInput, TicketTypeDef, UpdateTicketTypeInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { ticketTypes } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentTicketType } from '../../presenters/present-ticket-config';
import { archivedAtFor, entryChanges, nextPosition, recordConfigEvent } from './config-entry';
import { typeKeyFromName } from './type-key';

/**
 * Adds a ticket type (admins). The key is the given one or derived from the name, and must be
 * unique in the workspace: a clash answers 409 naming `key`, so the admin can pick another.
 */
export async function createTicketType(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateTicketTypeInput,
): Promise<TicketTypeDef> {
  authorize(ctx, 'ticket_config.manage');
  const key = input.key ?? typeKeyFromName(input.name);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ticketTypes)
      .values({
        workspaceId: ctx.workspaceId,
        key,
        name: input.name,
        position: input.position ?? (await nextPosition(tx, ticketTypes, ctx.workspaceId)),
      })
      .onConflictDoNothing({ target: [ticketTypes.workspaceId, ticketTypes.key] })
      .returning();
    if (!row) {
      const message = `A ticket type with the key "${key}" already exists`;
      throw new AppError('conflict', message, [{ path: 'key', message }]);
    }
    const created = presentTicketType(row);
    await recordConfigEvent(tx, ctx, 'ticket_type', row.id, [
      { field: 'key', from: null, to: created.key },
      { field: 'name', from: null, to: created.name },
    ]);
    return created;
  });
}

/** Renames, reorders, archives or restores a ticket type (admins); its key never changes. */
export async function updateTicketType(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateTicketTypeInput,
): Promise<TicketTypeDef> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const where = and(eq(ticketTypes.workspaceId, ctx.workspaceId), eq(ticketTypes.id, id));
    const [current] = await tx.select().from(ticketTypes).where(where).for('update');
    if (!current) throw notFound('Ticket type');
    const [row] = await tx
      .update(ticketTypes)
      .set({
        name: input.name,
        position: input.position,
        archivedAt: archivedAtFor(current.archivedAt, input.archived, new Date()),
      })
      .where(where)
      .returning();
    if (!row) throw notFound('Ticket type');
    const before = presentTicketType(current);
    const after = presentTicketType(row);
    const changes = entryChanges(before, after, ['name', 'position', 'archived']);
    if (changes.length > 0) await recordConfigEvent(tx, ctx, 'ticket_type', id, changes);
    return after;
  });
}
