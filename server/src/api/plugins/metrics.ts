import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one app instance (own registry, so tests can run several apps). */
export interface Metrics {
  registry: Registry;
  realtimeConnections: Gauge;
  eventsFannedOut: Counter;
}

/** Creates the registry with Node's default metrics plus Atiende's own. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'atiende_' });
  return {
    registry,
    realtimeConnections: new Gauge({
      name: 'atiende_realtime_connections',
      help: 'Open WebSocket connections on this process',
      registers: [registry],
    }),
    eventsFannedOut: new Counter({
      name: 'atiende_realtime_events_total',
      help: 'Events received over LISTEN/NOTIFY and pushed to sockets',
      registers: [registry],
    }),
  };
}

/** Times every request by route pattern (not raw URL, to keep label cardinality bounded). */
export function instrumentRequests(app: FastifyInstance, metrics: Metrics): void {
  const duration = new Histogram({
    name: 'atiende_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}
