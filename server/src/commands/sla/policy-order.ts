import { and, asc, eq, sql } from 'drizzle-orm';
import type { SlaPolicy, SlaRecomputeRun } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { slaPolicies } from '../../db/schema';
import type { JobSender } from '../../jobs/job-sender';
import { invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { listSlaPolicies } from '../../sla/sla-queries';
import { recordSlaEvent, startSlaRecompute } from './sla-change';

/**
 * Deletes a policy (`sla.manage`). Its tickets' clocks are recomputed (they fall to the next
 * matching policy, or lose their clocks) by a job started in the same transaction; solved and
 * closed tickets keep their clocks as history (their `policy_id` becomes null).
 */
export async function deleteSlaPolicy(
  db: DbOrTx,
  ctx: AuthContext,
  id: string,
  options: { jobs: JobSender },
): Promise<SlaRecomputeRun> {
  authorize(ctx, 'sla.manage');
  return db.transaction(async (tx) => {
    const where = and(eq(slaPolicies.workspaceId, ctx.workspaceId), eq(slaPolicies.id, id));
    const [deleted] = await tx.delete(slaPolicies).where(where).returning({ name: slaPolicies.name });
    if (!deleted) throw notFound('SLA policy');
    await recordSlaEvent(tx, ctx, 'policy', id, [{ field: 'name', from: deleted.name, to: null }]);
    return startSlaRecompute(tx, ctx, options.jobs);
  });
}

/**
 * Sets the evaluation order of the policies (`sla.manage`; first match wins): `ids` must list
 * every policy of the workspace exactly once (400 naming `ids` otherwise). Recomputes.
 */
export async function reorderSlaPolicies(
  db: DbOrTx,
  ctx: AuthContext,
  ids: string[],
  options: { jobs: JobSender },
): Promise<{ items: SlaPolicy[]; recompute: SlaRecomputeRun }> {
  authorize(ctx, 'sla.manage');
  return db.transaction(async (tx) => {
    const current = await tx
      .select({ id: slaPolicies.id, name: slaPolicies.name })
      .from(slaPolicies)
      .where(eq(slaPolicies.workspaceId, ctx.workspaceId))
      .orderBy(asc(slaPolicies.position), asc(slaPolicies.id))
      .for('update');
    const known = new Set(current.map((p) => p.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw invalidField('ids', 'List every policy of the workspace exactly once');
    }
    await tx.execute(sql`
      UPDATE sla_policies p SET position = o.ord - 1, updated_at = now()
        FROM unnest(string_to_array(${ids.join(',')}, ',')::uuid[]) WITH ORDINALITY AS o(id, ord)
       WHERE p.id = o.id AND p.workspace_id = ${ctx.workspaceId}::uuid`);
    const names = new Map(current.map((p) => [p.id, p.name]));
    await recordSlaEvent(tx, ctx, 'order', null, [
      { field: 'order', from: current.map((p) => p.name), to: ids.map((id) => names.get(id) ?? id) },
    ]);
    const recompute = await startSlaRecompute(tx, ctx, options.jobs);
    return { items: await listSlaPolicies(tx, ctx), recompute };
  });
}
