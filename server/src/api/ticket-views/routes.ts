import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiDeps } from '../deps';
import { registerBoardRoutes } from './board-routes';
import { registerBulkRoutes } from './bulk-routes';
import { registerViewRoutes } from './views-routes';

/** Routes for saved views with counts, bulk actions and the kanban board. */
export function ticketViewRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    registerViewRoutes(app, deps);
    registerBulkRoutes(app, deps);
    registerBoardRoutes(app, deps);
  };
}
