import type { FastifyInstance } from 'fastify';
import { ClientSocketMessage, type ServerSocketMessage } from '@atiende/contracts';
import { AGENT_ONLY, authOf } from '../api/plugins/auth-modes';
import { AppError } from '../lib/app-error';
import type { RealtimeHub } from './hub';

/** Browsers send Origin on WebSocket upgrades; another site's page must not open our socket. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // non-browser clients (tests, integrations) send none
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** GET /api/realtime: the agent's live event stream for their workspace. */
export function registerRealtimeRoute(app: FastifyInstance, hub: RealtimeHub): void {
  app.get(
    '/api/realtime',
    {
      websocket: true,
      config: { auth: AGENT_ONLY },
      preValidation: async (request) => {
        if (!sameOrigin(request.headers.origin, request.headers.host)) {
          throw new AppError('forbidden', 'Cross-origin WebSocket refused');
        }
      },
      schema: { hide: true },
    },
    (socket, request) => {
      const ctx = authOf(request);
      hub.join(ctx.workspaceId, socket);
      socket.on('message', (data: Buffer) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(data.toString('utf8'));
        } catch {
          return;
        }
        const message = ClientSocketMessage.safeParse(parsed);
        if (message.success) socket.send(JSON.stringify({ type: 'pong' } satisfies ServerSocketMessage));
      });
      const ready: ServerSocketMessage = { type: 'ready' };
      socket.send(JSON.stringify(ready));
    },
  );
}
