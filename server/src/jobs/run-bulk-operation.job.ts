import { z } from 'zod';
import { BULK_OPERATION_QUEUE } from '../commands/bulk/bulk-queue';
import { runBulkOperation } from '../commands/bulk/run-bulk-operation';
import type { JobDefinition } from './job';
import { defaultJobSender } from './job-sender';

const Payload = z.object({ bulkOperationId: z.uuid() });

/**
 * Runs one bulk action (assign, status, priority, tags, merge, trash) over its tickets, recording
 * progress after each ticket. Resumable: a retry continues after the last processed ticket.
 * Unexpected errors are retried; on the last attempt they are listed as that ticket's failure.
 */
export const runBulkOperationJob: JobDefinition = {
  name: BULK_OPERATION_QUEUE,
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 1800,
  batchSize: 2,
  pollingIntervalSeconds: 1,
  handler: async (deps, payload, meta) => {
    const { bulkOperationId } = Payload.parse(payload);
    await runBulkOperation(deps.database.db, bulkOperationId, {
      jobs: deps.jobs ?? defaultJobSender(),
      lastAttempt: meta ? meta.retryCount >= meta.retryLimit : true,
    });
  },
};
