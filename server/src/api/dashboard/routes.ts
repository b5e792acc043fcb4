import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Dashboard, DashboardQuery } from '@atiende/contracts';
import { getDashboard } from '../../reports/get-dashboard';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

/** /api/dashboard: volume, response times, channel/priority mix and backlog for the last N days. */
export function dashboardRoutes({ database: { db } }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dashboard',
      {
        config: { auth: AGENT_OR_TOKEN },
        schema: { tags: ['reports'], querystring: DashboardQuery, response: { 200: Dashboard } },
      },
      (request) => getDashboard(db, authOf(request), request.query),
    );
  };
}
