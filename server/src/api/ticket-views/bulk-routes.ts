import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BulkActionInput, BulkOperation, Id } from '@atiende/contracts';
import { startBulkOperation } from '../../commands/bulk/start-bulk-operation';
import { getBulkOperation } from '../../queries/bulk-operations';
import type { ApiDeps } from '../deps';
import { AGENT_ONLY, authOf } from '../plugins/auth-modes';

const tags = ['tickets'];

/**
 * Bulk actions: `POST /api/tickets/bulk` answers 202 with the queued operation, which a job runs
 * as the calling agent; `GET /api/bulk-operations/:id` reports its progress. Agent sessions only:
 * the job acts as the agent who asked.
 */
export function registerBulkRoutes(app: FastifyInstance, { database: { db }, jobs }: ApiDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const config = { auth: AGENT_ONLY };

  typed.post(
    '/tickets/bulk',
    { config, schema: { tags, body: BulkActionInput, response: { 202: BulkOperation } } },
    async (request, reply) =>
      reply.status(202).send(await startBulkOperation(db, authOf(request), request.body, { jobs })),
  );
  typed.get(
    '/bulk-operations/:id',
    { config, schema: { tags, params: z.object({ id: Id }), response: { 200: BulkOperation } } },
    (request) => getBulkOperation(db, authOf(request), request.params.id),
  );
}
