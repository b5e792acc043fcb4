import type { FastifyInstance } from 'fastify';
import { ClientSocketMessage, type ServerSocketMessage } from '@atiende/contracts';
import { AGENT_ONLY, authOf } from '../api/plugins/auth-modes';
import { AppError } from '../lib/app-error';
import type { RealtimeHub } from './hub';
import { PresenceSession } from './presence-session';

/** Browsers send Origin on WebSocket upgrades; another site's page must not open our socket. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // non-browser clients (tests, integrations) send none
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * GET /api/realtime: the agent's live event stream for their workspace. The browser may send
 * `ping` (answered with `pong`) and `presence` (viewing/typing/left a ticket of its workspace),
 * which is relayed to the workspace's other sockets on every process; closing the socket says
 * `left` for every ticket it had announced.
 */
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
      const socketId = hub.join(ctx.workspaceId, socket);
      const bus = hub.presenceBus;
      const presence =
        bus && ctx.agentId !== null
          ? new PresenceSession(
              bus,
              { workspaceId: ctx.workspaceId, agent: { id: ctx.agentId, name: ctx.actor.name }, socketId },
              request.log,
            )
          : null;
      socket.once('close', () => {
        presence?.close();
      });
      socket.on('message', (data: Buffer) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(data.toString('utf8'));
        } catch {
          return;
        }
        const message = ClientSocketMessage.safeParse(parsed);
        if (!message.success) return;
        if (message.data.type === 'presence') {
          presence?.receive(message.data.ticketId, message.data.state);
          return;
        }
        socket.send(JSON.stringify({ type: 'pong' } satisfies ServerSocketMessage));
      });
      const ready: ServerSocketMessage = { type: 'ready' };
      socket.send(JSON.stringify(ready));
    },
  );
}
