import { and, eq } from 'drizzle-orm';
import type { BulkOperation } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { bulkOperations } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentBulkOperation } from '../presenters/present-bulk-operation';

/**
 * A bulk operation of the caller's workspace, for progress polling. Any agent of the workspace may
 * read it (the UI of whoever started it polls; a supervisor may look too); other ids are not found.
 */
export async function getBulkOperation(db: DbOrTx, ctx: AuthContext, id: string): Promise<BulkOperation> {
  const [row] = await db
    .select()
    .from(bulkOperations)
    .where(and(eq(bulkOperations.workspaceId, ctx.workspaceId), eq(bulkOperations.id, id)))
    .limit(1);
  if (!row) throw notFound('Bulk operation');
  return presentBulkOperation(row);
}
