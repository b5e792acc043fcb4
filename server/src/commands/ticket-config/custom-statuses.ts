import { and, eq } from 'drizzle-orm';
import type { CreateCustomStatusInput, CustomStatus, UpdateCustomStatusInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { ticketStatuses } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentCustomStatus } from '../../presenters/present-ticket-config';
import { archivedAtFor, entryChanges, nextPosition, recordConfigEvent } from './config-entry';

/** Adds a custom status inside one of the fixed categories (admins). */
export async function createCustomStatus(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateCustomStatusInput,
): Promise<CustomStatus> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ticketStatuses)
      .values({
        workspaceId: ctx.workspaceId,
        category: input.category,
        name: input.name,
        position: input.position ?? (await nextPosition(tx, ticketStatuses, ctx.workspaceId)),
      })
      .returning();
    if (!row) throw new Error('custom status insert returned nothing');
    await recordConfigEvent(tx, ctx, 'custom_status', row.id, [
      { field: 'category', from: null, to: row.category },
      { field: 'name', from: null, to: row.name },
    ]);
    return presentCustomStatus(row);
  });
}

/**
 * Renames, reorders, archives or restores a custom status (admins). Its category is fixed:
 * tickets holding it must stay consistent. Archived statuses stay on the tickets that hold them
 * but cannot be picked any more.
 */
export async function updateCustomStatus(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateCustomStatusInput,
): Promise<CustomStatus> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const where = and(eq(ticketStatuses.workspaceId, ctx.workspaceId), eq(ticketStatuses.id, id));
    const [current] = await tx.select().from(ticketStatuses).where(where).for('update');
    if (!current) throw notFound('Custom status');
    const [row] = await tx
      .update(ticketStatuses)
      .set({
        name: input.name,
        position: input.position,
        archivedAt: archivedAtFor(current.archivedAt, input.archived, new Date()),
      })
      .where(where)
      .returning();
    if (!row) throw notFound('Custom status');
    const after = presentCustomStatus(row);
    const changes = entryChanges(presentCustomStatus(current), after, ['name', 'position', 'archived']);
    if (changes.length > 0) await recordConfigEvent(tx, ctx, 'custom_status', id, changes);
    return after;
  });
}
