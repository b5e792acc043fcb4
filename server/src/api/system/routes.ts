import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../deps';
import { PUBLIC } from '../plugins/auth-modes';

/** GET /healthz (is the database reachable) and GET /metrics (Prometheus text format). */
export function registerSystemRoutes(app: FastifyInstance, { database, metrics }: ApiDeps): void {
  app.get('/healthz', { config: { auth: PUBLIC }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'degraded', database: 'unreachable' });
    }
  });
  app.get('/metrics', { config: { auth: PUBLIC }, schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}
