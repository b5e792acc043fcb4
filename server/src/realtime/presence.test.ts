import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { ServerSocketMessage, type Presence } from '@atiende/contracts';
import { signedIn } from '../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { nextEvent, openSocket } from '../test/socket';
import { PRESENCE_RATE_LIMIT } from './presence-session';

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
});
afterAll(() => server.close());

/** Every presence the socket receives from now on. */
function collectPresence(socket: WebSocket): Presence[] {
  const seen: Presence[] = [];
  socket.on('message', (data: Buffer) => {
    const message = ServerSocketMessage.parse(JSON.parse(data.toString()));
    if (message.type === 'presence') seen.push(message.presence);
  });
  return seen;
}

function announce(socket: WebSocket, ticketId: string, state: Presence['state']): void {
  socket.send(JSON.stringify({ type: 'presence', ticketId, state }));
}

async function nextPresence(socket: WebSocket, match: (p: Presence) => boolean = () => true) {
  const message = await nextEvent(socket, (m) => m.type === 'presence' && match(m.presence));
  if (message.type !== 'presence') throw new Error('not a presence');
  return message.presence;
}

async function socketOf(agent: TestWorkspace['admin']): Promise<WebSocket> {
  const client = await signedIn(server.url, agent);
  return openSocket(server.url, client.cookie ?? '');
}

describe('presence', () => {
  it('shows each agent to the other agents of the workspace, never to the sender nor another workspace', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const stranger = await createTestWorkspace(server.database.db);
    const [ana, bruno, outsider] = await Promise.all([
      socketOf(ws.admin),
      socketOf(ws.agent),
      socketOf(stranger.admin),
    ]);
    const anaSaw = collectPresence(ana);
    const outsiderSaw = collectPresence(outsider);

    const toBruno = nextPresence(bruno);
    announce(ana, ticket.id, 'viewing');
    expect(await toBruno).toMatchObject({
      ticketId: ticket.id,
      agent: { id: ws.admin.id, name: 'Admin Prueba' },
      state: 'viewing',
    });

    const toAna = nextPresence(ana);
    announce(bruno, ticket.id, 'typing');
    expect(await toAna).toMatchObject({ ticketId: ticket.id, agent: { id: ws.agent.id }, state: 'typing' });

    // By now Ana's own announcement would have come back if it were echoed.
    expect(anaSaw.filter((p) => p.agent.id === ws.admin.id)).toHaveLength(0);
    expect(outsiderSaw).toHaveLength(0);
    for (const s of [ana, bruno, outsider]) s.close();
  });

  it('ignores presence for a ticket of another workspace', async () => {
    const stranger = await createTestWorkspace(server.database.db);
    const foreign = await createTestTicket(server.database.db, stranger.admin.ctx);
    const own = await createTestTicket(server.database.db, ws.admin.ctx);
    const [ana, bruno, outsider] = await Promise.all([
      socketOf(ws.admin),
      socketOf(ws.agent),
      socketOf(stranger.admin),
    ]);
    const brunoSaw = collectPresence(bruno);
    const outsiderSaw = collectPresence(outsider);

    announce(ana, foreign.id, 'viewing');
    announce(ana, foreign.id, 'typing');
    const after = nextPresence(bruno, (p) => p.ticketId === own.id);
    announce(ana, own.id, 'viewing');
    await after;
    // Announcements are published in order, so the forged ones would have arrived first.
    expect(brunoSaw.map((p) => p.ticketId)).toEqual([own.id]);
    expect(outsiderSaw).toHaveLength(0);
    for (const s of [ana, bruno, outsider]) s.close();
  });

  it('says "left" for every announced ticket when the socket closes', async () => {
    const first = await createTestTicket(server.database.db, ws.admin.ctx);
    const second = await createTestTicket(server.database.db, ws.admin.ctx);
    const [ana, bruno] = await Promise.all([socketOf(ws.admin), socketOf(ws.agent)]);
    const brunoSaw = collectPresence(bruno);
    const viewing = nextPresence(bruno, (p) => p.ticketId === second.id);
    announce(ana, first.id, 'viewing');
    announce(ana, second.id, 'typing');
    await viewing;

    const leftBoth = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (brunoSaw.filter((p) => p.state === 'left').length >= 2) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    ana.close();
    await leftBoth;
    const left = brunoSaw.filter((p) => p.state === 'left');
    expect(left.map((p) => p.ticketId).sort()).toEqual([first.id, second.id].sort());
    expect(left.every((p) => p.agent.id === ws.admin.id)).toBe(true);
    bruno.close();
  });

  it('drops presence beyond the per-socket rate limit', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const [ana, bruno] = await Promise.all([socketOf(ws.admin), socketOf(ws.agent)]);
    const brunoSaw = collectPresence(bruno);
    const extra = 5;
    for (let i = 0; i < PRESENCE_RATE_LIMIT.maxMessages + extra; i++) {
      announce(ana, ticket.id, i % 2 === 0 ? 'viewing' : 'typing');
    }
    await expect
      .poll(() => brunoSaw.length, { timeout: 5000 })
      .toBeGreaterThanOrEqual(PRESENCE_RATE_LIMIT.maxMessages);
    // Give dropped messages the time they would have needed to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(brunoSaw).toHaveLength(PRESENCE_RATE_LIMIT.maxMessages);
    ana.close();
    bruno.close();
  });

  it('never writes presence to the events table', async () => {
    const ticket = await createTestTicket(server.database.db, ws.admin.ctx);
    const viewer = await signedIn(server.url, ws.admin);
    const before = await viewer.get<{ items: unknown[] }>(`/api/tickets/${ticket.id}/history`);
    const [ana, bruno] = await Promise.all([socketOf(ws.admin), socketOf(ws.agent)]);
    const seen = nextPresence(bruno);
    announce(ana, ticket.id, 'typing');
    await seen;
    const after = await viewer.get<{ items: unknown[] }>(`/api/tickets/${ticket.id}/history`);
    expect(after.body.items).toHaveLength(before.body.items.length);
    ana.close();
    bruno.close();
  });
});
