import type { BulkOperation } from '@atiende/contracts';
import type { bulkOperations } from '../db/schema';

export type BulkOperationRecord = typeof bulkOperations.$inferSelect;

/** The only way a bulk operation's progress leaves the server. */
export function presentBulkOperation(row: BulkOperationRecord): BulkOperation {
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    done: row.done,
    failed: row.failed,
    errors: row.errors,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
