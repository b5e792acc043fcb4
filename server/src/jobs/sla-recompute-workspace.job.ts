import { z } from 'zod';
import { recomputeWorkspaceSla } from '../sla/recompute-workspace';
import { SLA_RECOMPUTE_QUEUE } from '../sla/sla-queue';
import type { JobDefinition } from './job';

const Payload = z.object({ runId: z.uuid() });

/**
 * Applies changed SLA policies or calendars to a workspace's unresolved tickets, chunk by chunk
 * with progress (`sla_recompute_runs`); a retry resumes, the last failed attempt marks the run failed.
 */
export const slaRecomputeWorkspaceJob: JobDefinition = {
  name: SLA_RECOMPUTE_QUEUE,
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 3600,
  batchSize: 2,
  pollingIntervalSeconds: 1,
  handler: async ({ database: { db } }, payload, meta) => {
    const { runId } = Payload.parse(payload);
    await recomputeWorkspaceSla(db, runId, { lastAttempt: meta ? meta.retryCount >= meta.retryLimit : true });
  },
};
