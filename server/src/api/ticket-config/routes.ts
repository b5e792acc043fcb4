import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps';

/** Routes for /api/ticket-config, ticket types, custom statuses, resolution reasons, custom fields and lifecycle settings. */
export function ticketConfigRoutes(_deps: ApiDeps): FastifyPluginAsyncZod {
  return async () => {
    // Routes are added here.
  };
}
