import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps';

/** Routes for trash, restore, follow-ups and time in stage of tickets. */
export function ticketLifecycleRoutes(_deps: ApiDeps): FastifyPluginAsyncZod {
  return async () => {
    // Routes are added here.
  };
}
