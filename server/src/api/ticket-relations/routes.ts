import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps';

/** Routes for merge, split, links, problem/incident and activities of tickets. */
export function ticketRelationRoutes(_deps: ApiDeps): FastifyPluginAsyncZod {
  return async () => {
    // Routes are added here.
  };
}
