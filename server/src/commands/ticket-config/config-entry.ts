import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FieldChange } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';

/** Which list of the ticket configuration an event is about, for the history and realtime. */
export type ConfigEntryKind =
  'ticket_type' | 'custom_status' | 'resolution_reason' | 'custom_field' | 'settings';

/**
 * Records one `ticket_config.updated` event (entityId = the entry, or the workspace for settings),
 * whose first change names the kind of entry, followed by the field changes.
 */
export async function recordConfigEvent(
  tx: DbOrTx,
  ctx: AuthContext,
  entry: ConfigEntryKind,
  entityId: string,
  changes: FieldChange[],
): Promise<void> {
  await recordEvent(tx, ctx, {
    type: 'ticket_config.updated',
    entityId,
    changes: [{ field: 'entry', from: null, to: entry }, ...changes],
  });
}

interface PositionedTable extends PgTable {
  workspaceId: PgColumn;
  position: PgColumn;
}

/** The position after the last entry of the workspace, so a new entry goes to the end by default. */
export async function nextPosition(tx: DbOrTx, table: PositionedTable, workspaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${table.position}) + 1, 0)::int` })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId)));
  return row?.n ?? 0;
}

/**
 * The new `archived_at` for an `archived` flag: archiving keeps the first archive time, un-archiving
 * clears it, no flag keeps the current value.
 */
export function archivedAtFor(current: Date | null, archived: boolean | undefined, now: Date): Date | null {
  if (archived === undefined) return current;
  return archived ? (current ?? now) : null;
}

/** Field changes between two presented entries (only the keys of `patch` that differ). */
export function entryChanges<T extends object>(before: T, after: T, keys: readonly (keyof T & string)[]) {
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes.push({ field: key, from: before[key], to: after[key] });
    }
  }
  return changes;
}
