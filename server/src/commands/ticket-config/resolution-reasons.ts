import { and, eq } from 'drizzle-orm';
import type {
  CreateResolutionReasonInput,
  ResolutionReason,
  UpdateResolutionReasonInput,
} from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { resolutionReasons } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { presentResolutionReason } from '../../presenters/present-ticket-config';
import { archivedAtFor, entryChanges, nextPosition, recordConfigEvent } from './config-entry';

/** Adds a reason agents can pick when solving a ticket as "not finalized" (admins). */
export async function createResolutionReason(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateResolutionReasonInput,
): Promise<ResolutionReason> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(resolutionReasons)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        position: input.position ?? (await nextPosition(tx, resolutionReasons, ctx.workspaceId)),
      })
      .returning();
    if (!row) throw new Error('resolution reason insert returned nothing');
    await recordConfigEvent(tx, ctx, 'resolution_reason', row.id, [
      { field: 'name', from: null, to: row.name },
    ]);
    return presentResolutionReason(row);
  });
}

/** Renames, reorders, archives or restores a resolution reason (admins); solved tickets keep theirs. */
export async function updateResolutionReason(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateResolutionReasonInput,
): Promise<ResolutionReason> {
  authorize(ctx, 'ticket_config.manage');
  return db.transaction(async (tx) => {
    const where = and(eq(resolutionReasons.workspaceId, ctx.workspaceId), eq(resolutionReasons.id, id));
    const [current] = await tx.select().from(resolutionReasons).where(where).for('update');
    if (!current) throw notFound('Resolution reason');
    const [row] = await tx
      .update(resolutionReasons)
      .set({
        name: input.name,
        position: input.position,
        archivedAt: archivedAtFor(current.archivedAt, input.archived, new Date()),
      })
      .where(where)
      .returning();
    if (!row) throw notFound('Resolution reason');
    const after = presentResolutionReason(row);
    const changes = entryChanges(presentResolutionReason(current), after, ['name', 'position', 'archived']);
    if (changes.length > 0) await recordConfigEvent(tx, ctx, 'resolution_reason', id, changes);
    return after;
  });
}
