import { and, eq, sql } from 'drizzle-orm';
import { BulkAction } from '@atiende/contracts';
import type { Db, Tx } from '../../db/database';
import { agents, bulkOperations } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import type { JobSender } from '../../jobs/job-sender';
import type { BulkOperationRecord } from '../../presenters/present-bulk-operation';
import { applyBulkAction } from './apply-bulk-action';

export interface RunBulkOptions {
  jobs: JobSender;
  /**
   * The job's last attempt: an unexpected error (not a rule the command enforces) is then listed
   * as that ticket's failure and the run goes on, instead of failing the job for a retry.
   */
  lastAttempt: boolean;
}

/**
 * The agent who started the operation, as they are now (current role, still active), so the
 * job can do exactly what they could do by hand; null when they were removed or deactivated.
 */
async function requesterContext(tx: Tx, op: BulkOperationRecord): Promise<AuthContext | null> {
  if (!op.agentId) return null;
  const [agent] = await tx
    .select({ id: agents.id, name: agents.name, role: agents.role, active: agents.active })
    .from(agents)
    .where(and(eq(agents.workspaceId, op.workspaceId), eq(agents.id, op.agentId)));
  if (!agent?.active) return null;
  return {
    workspaceId: op.workspaceId,
    actor: { type: 'agent', id: agent.id, name: agent.name },
    role: agent.role,
    agentId: agent.id,
    via: 'session',
  };
}

/** What a failed ticket shows: the rule's message and, for field errors, each field's message. */
function failureMessage(error: AppError): string {
  const details = (error.issues ?? []).map((issue) => issue.message).filter((m) => m !== error.message);
  return [error.message, ...details].join(' — ');
}

async function finish(tx: Tx, id: string, state: 'finished' | 'failed'): Promise<void> {
  const now = new Date();
  await tx
    .update(bulkOperations)
    .set({ state, finishedAt: now, updatedAt: now })
    .where(eq(bulkOperations.id, id));
}

/**
 * Tickets per step. Each step is one transaction (one commit, one fsync) with a savepoint per
 * ticket: committing ticket by ticket spent most of the job's time on commits and on re-reading
 * the operation row; the progress bar now moves every few tickets instead of every one.
 */
export const BULK_STEP_TICKETS = 25;

/**
 * One step, in one transaction: lock the operation, take the next unprocessed tickets (the cursor
 * is `done + failed`), apply the action to each in its own savepoint and advance the counters.
 * The tickets' changes and the progress commit together, so a crash or retry never applies an
 * action twice, and two runs of the same job simply take turns. A ticket the rules refuse is
 * listed as failed and the others go on. Returns whether tickets remain.
 */
async function step(tx: Tx, operationId: string, options: RunBulkOptions): Promise<boolean> {
  const [op] = await tx.select().from(bulkOperations).where(eq(bulkOperations.id, operationId)).for('update');
  if (!op || op.state === 'finished' || op.state === 'failed') return false;
  const cursor = op.done + op.failed;
  const batch = op.ticketIds.slice(cursor, cursor + BULK_STEP_TICKETS);
  if (batch.length === 0) {
    await finish(tx, op.id, 'finished');
    return false;
  }
  const ctx = await requesterContext(tx, op);
  if (!ctx) {
    await finish(tx, op.id, 'failed');
    return false;
  }
  const action = BulkAction.parse(op.action);
  let done = 0;
  const failures: { ticketId: string; message: string }[] = [];
  for (const ticketId of batch) {
    try {
      await tx.transaction((savepoint) => applyBulkAction(savepoint, ctx, ticketId, action, options));
      done += 1;
    } catch (error) {
      if (error instanceof AppError) failures.push({ ticketId, message: failureMessage(error) });
      else if (options.lastAttempt) {
        failures.push({ ticketId, message: 'Unexpected error; the ticket was not changed' });
      } else throw error;
    }
  }
  await tx
    .update(bulkOperations)
    .set({
      done: op.done + done,
      failed: op.failed + failures.length,
      ...(failures.length > 0
        ? { errors: sql`${bulkOperations.errors} || ${JSON.stringify(failures)}::jsonb` }
        : {}),
      state: 'running',
      updatedAt: new Date(),
    })
    .where(eq(bulkOperations.id, op.id));
  return true;
}

/**
 * Runs a bulk operation to the end, `BULK_STEP_TICKETS` tickets per transaction, as the agent who
 * started it. Progress (`done`, `failed`, `errors`) is visible after every step. Idempotent:
 * running it again (retry, duplicate job) resumes where it stopped; a finished one is left alone.
 */
export async function runBulkOperation(db: Db, operationId: string, options: RunBulkOptions): Promise<void> {
  for (;;) {
    const more = await db.transaction((tx) => step(tx, operationId, options));
    if (!more) return;
  }
}
