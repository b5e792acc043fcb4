import { and, eq } from 'drizzle-orm';
import type { BulkAction, BulkActionInput, BulkOperation } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { agents, bulkOperations, resolutionReasons, teams, tickets } from '../../db/schema';
import { AppError, invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import type { JobSender } from '../../jobs/job-sender';
import { authorize } from '../../policies/abilities';
import { presentBulkOperation } from '../../presenters/present-bulk-operation';
import { assertInWorkspace } from '../assert-in-workspace';
import { BULK_OPERATION_QUEUE } from './bulk-queue';

/**
 * Checks what the whole action depends on once, up front, so a typo does not become a thousand
 * identical per-ticket failures. Per-ticket rules (closed tickets, required fields…) stay with the
 * commands the job runs.
 */
async function validateAction(db: DbOrTx, ctx: AuthContext, action: BulkAction): Promise<void> {
  switch (action.type) {
    case 'assign':
      if (action.assigneeId === undefined && action.teamId === undefined) {
        throw invalidField('action', 'Pick an assignee or a team');
      }
      await assertInWorkspace(db, agents, ctx.workspaceId, action.assigneeId, 'action.assigneeId');
      await assertInWorkspace(db, teams, ctx.workspaceId, action.teamId, 'action.teamId');
      return;
    case 'status': {
      const resolves = action.status === 'solved' || action.status === 'closed';
      if (resolves && action.resolution === 'not_finalized' && !action.resolutionReasonId) {
        throw invalidField('action.resolutionReasonId', 'Pick why the tickets were not finalized');
      }
      await assertInWorkspace(
        db,
        resolutionReasons,
        ctx.workspaceId,
        action.resolutionReasonId,
        'action.resolutionReasonId',
      );
      return;
    }
    case 'tags':
      if (action.add.length === 0 && action.remove.length === 0) {
        throw invalidField('action', 'Pick tags to add or remove');
      }
      return;
    case 'merge': {
      const [target] = await db
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, action.targetTicketId)));
      if (!target) throw invalidField('action.targetTicketId', 'Unknown ticket in this workspace');
      return;
    }
    case 'priority':
    case 'trash':
      return;
  }
}

/**
 * Starts a bulk action on up to 1,000 tickets: validates it, stores a `bulk_operations` row and
 * enqueues its job in the same transaction (the job exists exactly when the row does), and returns
 * the queued operation for the client to poll. Runs as the calling agent, so it needs a session.
 * Duplicate ids count once; a merge's target is never merged into itself. Ids of other workspaces
 * are kept: the job reports them as "not found" without touching them.
 */
export async function startBulkOperation(
  db: DbOrTx,
  ctx: AuthContext,
  input: BulkActionInput,
  options: { jobs: JobSender },
): Promise<BulkOperation> {
  authorize(ctx, 'tickets.manage');
  if (!ctx.agentId) throw new AppError('forbidden', 'Bulk actions run as a signed-in agent');
  const { action } = input;
  const ticketIds = [...new Set(input.ticketIds)].filter(
    (id) => action.type !== 'merge' || id !== action.targetTicketId,
  );
  if (ticketIds.length === 0) throw invalidField('ticketIds', 'Pick tickets other than the merge target');
  await validateAction(db, ctx, action);
  const agentId = ctx.agentId;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bulkOperations)
      .values({ workspaceId: ctx.workspaceId, agentId, action, ticketIds, total: ticketIds.length })
      .returning();
    if (!row) throw new Error('bulk operation insert returned nothing');
    await options.jobs.send(tx, BULK_OPERATION_QUEUE, { bulkOperationId: row.id });
    return presentBulkOperation(row);
  });
}
