import type { FieldChange, SlaRecomputeRun } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { slaRecomputeRuns } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { JobSender } from '../../jobs/job-sender';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { isUniqueViolation } from '../../db/pg-errors';
import { presentSlaRecomputeRun } from '../../presenters/present-sla';
import { SLA_RECOMPUTE_QUEUE } from '../../sla/sla-queue';

/**
 * Records one `sla.updated` event (entity-level: no ticket) whose first change names what changed
 * (`policy`, `calendar` or `order`), followed by the field changes, so clients refetch settings.
 * (The recompute job records one more, entry `recompute`, when the tickets are up to date.)
 */
export async function recordSlaEvent(
  tx: DbOrTx,
  ctx: AuthContext,
  entry: 'policy' | 'calendar' | 'order',
  entityId: string | null,
  changes: FieldChange[],
): Promise<void> {
  await recordEvent(tx, ctx, {
    type: 'sla.updated',
    entityId,
    changes: [{ field: 'entry', from: null, to: entry }, ...changes],
  });
}

/**
 * Starts recomputing the workspace's unresolved tickets after a policy or calendar change: a
 * `sla_recompute_runs` row and its job, in the caller's transaction (the job exists exactly when
 * the change committed). Returns the queued run for the client to poll.
 */
export async function startSlaRecompute(
  tx: DbOrTx,
  ctx: AuthContext,
  jobs: JobSender,
): Promise<SlaRecomputeRun> {
  const [run] = await tx.insert(slaRecomputeRuns).values({ workspaceId: ctx.workspaceId }).returning();
  if (!run) throw new Error('recompute run insert returned nothing');
  await jobs.send(tx, SLA_RECOMPUTE_QUEUE, { runId: run.id });
  return presentSlaRecomputeRun(run);
}

/** Runs `write`; a duplicate name (unique index) answers 409 naming `name`. */
export async function withUniqueName<T>(what: string, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = `${what} named "${name}" already exists`;
    throw new AppError('conflict', message, [{ path: 'name', message }]);
  }
}

/** The changed fields between two presented versions, display-ready for the history. */
export function changedFields<T extends object>(
  before: T | null,
  after: T,
  fields: (keyof T & string)[],
): FieldChange[] {
  return fields
    .filter((field) => before === null || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: before ? before[field] : null, to: after[field] }));
}
