import path from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/database';
import { AttachmentStore } from './lib/attachment-store';
import { createJobSender } from './jobs/job-sender';
import type { ApiDeps } from './api/deps';
import { agentRoutes } from './api/agents/routes';
import { attachmentRoutes } from './api/attachments/routes';
import { authRoutes } from './api/auth/routes';
import { crmRoutes } from './api/crm/routes';
import { dashboardRoutes } from './api/dashboard/routes';
import { emailRoutes } from './api/email/routes';
import { authPlugin } from './api/plugins/auth';
import { registerErrorHandling } from './api/plugins/errors';
import { createMetrics, instrumentRequests } from './api/plugins/metrics';
import { registerSystemRoutes } from './api/system/routes';
import { surveyPublicRoutes } from './api/surveys/public-routes';
import { surveyRoutes } from './api/surveys/routes';
import { ticketRoutes } from './api/tickets/routes';
import { ticketConfigRoutes } from './api/ticket-config/routes';
import { ticketLifecycleRoutes } from './api/ticket-lifecycle/routes';
import { ticketRelationRoutes } from './api/ticket-relations/routes';
import { ticketViewRoutes } from './api/ticket-views/routes';
import { slaRoutes } from './api/sla/routes';
import { registerWebApp } from './api/web-app';
import { EventListener } from './realtime/event-listener';
import { RealtimeHub } from './realtime/hub';
import { createPresenceBus } from './realtime/presence-bus';
import { registerRealtimeRoute } from './realtime/socket-route';

export interface WebApp {
  app: FastifyInstance;
  hub: RealtimeHub;
  /** Starts listening for events from all processes and serving HTTP. Returns the base URL. */
  listen: () => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Builds the HTTP/WebSocket server of one process: plugins, routes, API docs, the agent app, and
 * the LISTEN/NOTIFY bridge feeding this process's sockets. Nothing listens until `listen()`.
 */
export async function buildWebApp(
  config: Config,
  database: Database,
  logger: FastifyBaseLogger,
): Promise<WebApp> {
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const metrics = createMetrics();
  const deps: ApiDeps = {
    config,
    database,
    metrics,
    store: new AttachmentStore(path.join(config.dataDir, 'attachments')),
    jobs: createJobSender(config.jobsSchema),
  };
  const hub = new RealtimeHub(metrics);
  hub.attachPresenceBus(createPresenceBus(database.db));
  const listener = new EventListener(
    database.url,
    database.db,
    (workspaceId, event) => {
      hub.publish(workspaceId, event);
    },
    app.log,
  );

  registerErrorHandling(app);
  instrumentRequests(app, metrics);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.maxAttachmentBytes + 1, files: 1, fields: 10 },
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Atiende API',
        version: '0.1.0',
        description:
          'Help desk and CRM API. Authenticate with a session cookie (agents) or `Authorization: Bearer atk_…` (API tokens).',
      },
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'atiende_session' },
        },
      },
      security: [{ apiToken: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { db: database.db });

  registerSystemRoutes(app, deps);
  registerRealtimeRoute(app, hub);
  await app.register(authRoutes(deps), { prefix: '/api' });
  await app.register(ticketRoutes(deps), { prefix: '/api' });
  await app.register(ticketConfigRoutes(deps), { prefix: '/api' });
  await app.register(ticketLifecycleRoutes(deps), { prefix: '/api' });
  await app.register(ticketRelationRoutes(deps), { prefix: '/api' });
  await app.register(ticketViewRoutes(deps), { prefix: '/api' });
  await app.register(crmRoutes(deps), { prefix: '/api' });
  await app.register(agentRoutes(deps), { prefix: '/api' });
  await app.register(attachmentRoutes(deps), { prefix: '/api' });
  await app.register(emailRoutes(deps), { prefix: '/api' });
  await app.register(dashboardRoutes(deps), { prefix: '/api' });
  await app.register(slaRoutes(deps), { prefix: '/api' });
  await app.register(surveyRoutes(deps), { prefix: '/api' });
  await app.register(surveyPublicRoutes(deps));
  await registerWebApp(app, config.webDistDir);

  return {
    app,
    hub,
    listen: async () => {
      await listener.start();
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return `http://localhost:${port}`;
    },
    close: async () => {
      hub.closeAll();
      await listener.stop();
      await app.close();
    },
  };
}
