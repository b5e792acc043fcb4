import { and, eq } from 'drizzle-orm';
import type { Contact, UpdateContactInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { companies, contacts } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getContact } from '../../queries/crm';
import { assertInWorkspace } from '../assert-in-workspace';
import { diffFields } from '../diff-fields';

/** Edits a contact; the company must belong to the same workspace. Records what changed. */
export async function updateContact(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateContactInput,
): Promise<Contact> {
  authorize(ctx, 'contacts.write');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, id)))
      .for('update');
    if (!current) throw notFound('Contact');
    await assertInWorkspace(tx, companies, ctx.workspaceId, input.companyId, 'companyId');
    const changes = diffFields(current, input);
    if (changes.length === 0) return;
    await tx
      .update(contacts)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(contacts.id, id));
    await recordEvent(tx, ctx, { type: 'contact.updated', entityId: id, changes });
  });
  return getContact(db, ctx, id);
}
