import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { workspaces } from '../../db/schema';

/**
 * Hands out the workspace's next ticket number (#1, #2, …). The row lock on the workspace
 * serialises concurrent creations until commit, so numbers are unique and gap-free.
 */
export async function nextTicketNumber(tx: Tx, workspaceId: string): Promise<number> {
  const [row] = await tx
    .update(workspaces)
    .set({ ticketSeq: sql`${workspaces.ticketSeq} + 1` })
    .where(eq(workspaces.id, workspaceId))
    .returning({ seq: workspaces.ticketSeq });
  if (!row) throw new Error(`workspace ${workspaceId} missing`);
  return row.seq;
}
