import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerSocketMessage } from '@atiende/contracts';
import { signedIn } from '../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { openSocket, nextEvent } from '../test/socket';

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
});
afterAll(() => server.close());

describe('realtime', () => {
  it('pushes a ticket created by someone else to an agent watching the inbox', async () => {
    const viewer = await signedIn(server.url, ws.admin);
    const socket = await openSocket(server.url, viewer.cookie ?? '');
    const received = nextEvent(socket, (m) => m.type === 'event' && m.event.type === 'ticket.created');
    const other = await signedIn(server.url, ws.agent);
    const created = await other.post<{ id: string }>('/api/tickets', {
      subject: 'En vivo',
      body: 'Hola',
      requester: { email: 'vivo@cliente.example' },
    });
    const message = await received;
    expect(message.type === 'event' && message.event.ticketId).toBe(created.body.id);
    expect(message.type === 'event' && message.event.actor).toMatchObject({ type: 'agent', id: ws.agent.id });
    socket.close();
  });

  it('never sends another workspace events', async () => {
    const other = await createTestWorkspace(server.database.db);
    const viewer = await signedIn(server.url, ws.admin);
    const socket = await openSocket(server.url, viewer.cookie ?? '');
    const seen: ServerSocketMessage[] = [];
    socket.on('message', (data: Buffer) => seen.push(JSON.parse(data.toString()) as ServerSocketMessage));
    await createTestTicket(server.database.db, other.admin.ctx);
    const own = nextEvent(socket, (m) => m.type === 'event');
    await createTestTicket(server.database.db, ws.admin.ctx, { subject: 'Propio' });
    await own;
    const tickets = seen.filter((m) => m.type === 'event' && m.event.type === 'ticket.created');
    expect(tickets).toHaveLength(1);
    socket.close();
  });

  it('refuses sockets without a session or from another origin', async () => {
    const url = server.url.replace('http', 'ws') + '/api/realtime';
    await expect(
      new Promise((resolve, reject) => {
        const s = new WebSocket(url);
        s.on('open', resolve);
        s.on('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
        s.on('error', reject);
      }),
    ).rejects.toThrow('401');
    const viewer = await signedIn(server.url, ws.admin);
    await expect(
      new Promise((resolve, reject) => {
        const s = new WebSocket(url, {
          headers: { cookie: `atiende_session=${viewer.cookie ?? ''}`, origin: 'https://evil.example' },
        });
        s.on('open', resolve);
        s.on('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
        s.on('error', reject);
      }),
    ).rejects.toThrow('403');
  });
});
