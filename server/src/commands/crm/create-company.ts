import type { Company, CreateCompanyInput } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { companies } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { presentCompany } from '../../presenters/present-crm';

/** Creates a company; a domain already used by another company of the workspace is a 409. */
export async function createCompany(
  db: DbOrTx,
  ctx: AuthContext,
  input: CreateCompanyInput,
): Promise<Company> {
  authorize(ctx, 'companies.write');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(companies)
      .values({ workspaceId: ctx.workspaceId, name: input.name, domain: input.domain, notes: input.notes })
      .returning();
    if (!row) throw new Error('company insert returned nothing');
    await recordEvent(tx, ctx, {
      type: 'company.created',
      entityId: row.id,
      changes: [{ field: 'name', from: null, to: row.name }],
    });
    return presentCompany(row, { openTicketCount: 0, contactCount: 0 });
  });
}
