/** The pg-boss queue that runs bulk operations (one job per operation). */
export const BULK_OPERATION_QUEUE = 'run-bulk-operation';
