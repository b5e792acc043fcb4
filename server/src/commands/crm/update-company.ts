import { and, eq } from 'drizzle-orm';
import type { Company, UpdateCompanyInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { companies } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getCompany } from '../../queries/crm';
import { diffFields } from '../diff-fields';

/** Edits a company's name, domain or notes; records what changed. */
export async function updateCompany(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  input: UpdateCompanyInput,
): Promise<Company> {
  authorize(ctx, 'companies.write');
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(companies)
      .where(and(eq(companies.workspaceId, ctx.workspaceId), eq(companies.id, id)))
      .for('update');
    if (!current) throw notFound('Company');
    const changes = diffFields(current, input);
    if (changes.length === 0) return;
    await tx
      .update(companies)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(companies.id, id));
    await recordEvent(tx, ctx, { type: 'company.updated', entityId: id, changes });
  });
  return getCompany(db, ctx, id);
}
