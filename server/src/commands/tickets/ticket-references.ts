import { and, eq, inArray } from 'drizzle-orm';
import type { FieldChange } from '@atiende/contracts';
import type { Tx } from '../../db/database';
import type { agents, teams } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';

async function namesOf(
  tx: Tx,
  table: typeof agents | typeof teams,
  workspaceId: string,
  ids: (string | null)[],
) {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Checks a new assignee/team is in the caller's workspace (400 naming `<field>Id` otherwise) and
 * records the change with names, so the history reads "Ana → Bruno" even after an agent is
 * renamed or removed.
 */
export async function referenceChange(
  tx: Tx,
  ctx: AuthContext,
  field: 'assignee' | 'team',
  table: typeof agents | typeof teams,
  from: string | null,
  to: string | null,
): Promise<FieldChange> {
  const names = await namesOf(tx, table, ctx.workspaceId, [from, to]);
  if (to !== null && !names.has(to)) {
    throw invalidField(`${field}Id`, `Unknown ${field}Id in this workspace`);
  }
  const ref = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  return { field, from: ref(from), to: ref(to) };
}
