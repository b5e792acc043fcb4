import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { tickets } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';

export type LockedTicket = typeof tickets.$inferSelect;

/**
 * Locks several tickets of the caller's workspace `FOR UPDATE`, always in id order so two
 * commands touching the same tickets (a merge and a link, two merges) cannot deadlock. Any id not
 * in the workspace answers `not_found`, exactly like another tenant's id in a URL.
 */
export async function lockTickets(
  tx: Tx,
  ctx: AuthContext,
  ids: readonly string[],
): Promise<Map<string, LockedTicket>> {
  const wanted = [...new Set(ids)];
  const rows = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), inArray(tickets.id, wanted)))
    .orderBy(asc(tickets.id))
    .for('update');
  if (rows.length !== wanted.length) throw notFound('Ticket');
  return new Map(rows.map((row) => [row.id, row]));
}

/** The locked row of `id` (a caller's invariant: it was in the ids given to `lockTickets`). */
export function lockedTicket(locked: Map<string, LockedTicket>, id: string): LockedTicket {
  const row = locked.get(id);
  if (!row) throw notFound('Ticket');
  return row;
}
