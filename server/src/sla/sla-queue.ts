/** The pg-boss queue of the job that recomputes a workspace's unresolved tickets (payload `{ runId }`). */
export const SLA_RECOMPUTE_QUEUE = 'sla-recompute-workspace';
