import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database';
import { invalidField } from '../lib/app-error';

interface TenantTable extends PgTable {
  id: PgColumn;
  workspaceId: PgColumn;
}

/**
 * Rejects a reference (assignee, team, company, …) to a row that is not in the caller's workspace
 * with a 400 naming the field. Foreign keys alone would accept another tenant's id.
 */
export async function assertInWorkspace(
  db: DbOrTx,
  table: TenantTable,
  workspaceId: string,
  ids: string | readonly string[] | null | undefined,
  field: string,
): Promise<void> {
  if (ids === null || ids === undefined) return;
  const list = [...new Set(typeof ids === 'string' ? [ids] : ids)];
  if (list.length === 0) return;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, list)));
  if ((row?.n ?? 0) !== list.length) throw invalidField(field, `Unknown ${field} in this workspace`);
}
