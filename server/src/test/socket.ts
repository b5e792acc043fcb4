import WebSocket from 'ws';
import { ServerSocketMessage } from '@atiende/contracts';

/** Opens /api/realtime with a session cookie and resolves once the server said `ready`. */
export function openSocket(baseUrl: string, cookie: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/realtime`, {
      headers: { cookie: `atiende_session=${cookie}` },
    });
    socket.once('message', (data: Buffer) => {
      const message = ServerSocketMessage.parse(JSON.parse(data.toString()));
      if (message.type === 'ready') resolve(socket);
      else reject(new Error(`expected ready, got ${message.type}`));
    });
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => {
      reject(new Error(`socket refused: ${String(res.statusCode)}`));
    });
  });
}

/** Resolves with the first message matching `predicate`, or rejects after `timeoutMs`. */
export function nextEvent(
  socket: WebSocket,
  predicate: (m: ServerSocketMessage) => boolean,
  timeoutMs = 5000,
): Promise<ServerSocketMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('message', onMessage);
      reject(new Error('no matching realtime message'));
    }, timeoutMs);
    const onMessage = (data: Buffer) => {
      const message = ServerSocketMessage.parse(JSON.parse(data.toString()));
      if (!predicate(message)) return;
      clearTimeout(timer);
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });
}
