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
 * One step, in one transaction: lock the operation, take the next unprocessed ticket (the cursor
 * is `done + failed`), apply the action in a savepoint and advance the counters. The ticket's
 * change and the progress commit together, so a crash or retry never applies an action twice,
 * and two runs of the same job simply take turns. Returns whether tickets remain.
 */
async function step(tx: Tx, operationId: string, options: RunBulkOptions): Promise<boolean> {
  const [op] = await tx.select().from(bulkOperations).where(eq(bulkOperations.id, operationId)).for('update');
  if (!op || op.state === 'finished' || op.state === 'failed') return false;
  const ticketId = op.ticketIds[op.done + op.failed];
  if (ticketId === undefined) {
    await finish(tx, op.id, 'finished');
    return false;
  }
  const ctx = await requesterContext(tx, op);
  if (!ctx) {
    await finish(tx, op.id, 'failed');
    return false;
  }
  let failure: string | null = null;
  try {
    const action = BulkAction.parse(op.action);
    await tx.transaction((savepoint) => applyBulkAction(savepoint, ctx, ticketId, action, options));
  } catch (error) {
    if (error instanceof AppError) failure = failureMessage(error);
    else if (options.lastAttempt) failure = 'Unexpected error; the ticket was not changed';
    else throw error;
  }
  await tx
    .update(bulkOperations)
    .set(
      failure === null
        ? { done: op.done + 1, state: 'running', updatedAt: new Date() }
        : {
            failed: op.failed + 1,
            errors: sql`${bulkOperations.errors} || ${JSON.stringify([{ ticketId, message: failure }])}::jsonb`,
            state: 'running',
            updatedAt: new Date(),
          },
    )
    .where(eq(bulkOperations.id, op.id));
  return true;
}

/**
 * Runs a bulk operation to the end, ticket by ticket, each in its own transaction, as the agent
 * who started it. Progress (`done`, `failed`, `errors`) is visible after every ticket. Idempotent:
 * running it again (retry, duplicate job) resumes where it stopped; a finished one is left alone.
 */
export async function runBulkOperation(db: Db, operationId: string, options: RunBulkOptions): Promise<void> {
  for (;;) {
    const more = await db.transaction((tx) => step(tx, operationId, options));
    if (!more) return;
  }
}
