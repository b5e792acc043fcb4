import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps';

/** Routes for saved views with counts, bulk actions and the kanban board. */
export function ticketViewRoutes(_deps: ApiDeps): FastifyPluginAsyncZod {
  return async () => {
    // Routes are added here.
  };
}
