import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../db/database';
import { signedIn } from '../test/http-client';
import { createTestTicket, createTestWorkspace } from '../test/factories';
import { spawnApp, type SpawnedApp } from '../test/spawn-app';
import { nextEvent, openSocket } from '../test/socket';

let database: Database;
let apps: SpawnedApp[] = [];
let dataDir: string;

beforeAll(async () => {
  database = connectDatabase(inject('databaseUrl'), 2);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'atiende-two-'));
  const env = {
    DATABASE_URL: inject('databaseUrl'),
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    DATA_DIR: dataDir,
  };
  apps = await Promise.all([spawnApp(env, ['--role', 'web']), spawnApp(env, ['--role', 'web'])]);
}, 90_000);

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('two app processes on one PostgreSQL', () => {
  it('shows a ticket created through process A live on a socket of process B', async () => {
    const [a, b] = apps.map((app) => (app.url ?? '').replace('localhost', '127.0.0.1'));
    expect(a).not.toBe(b);
    const ws = await createTestWorkspace(database.db);
    const viewer = await signedIn(b ?? '', ws.admin);
    const socket = await openSocket(b ?? '', viewer.cookie ?? '');
    const received = nextEvent(socket, (m) => m.type === 'event' && m.event.type === 'ticket.created');
    const writer = await signedIn(a ?? '', ws.agent);
    const created = await writer.post<{ id: string }>('/api/tickets', {
      subject: 'Creado en A',
      body: 'Visto en B',
      requester: { email: 'ab@cliente.example' },
    });
    expect(created.status).toBe(201);
    const message = await received;
    expect(message.type === 'event' ? message.event.ticketId : null).toBe(created.body.id);
    socket.close();
  });

  it('relays presence announced on a socket of process A to a socket of process B', async () => {
    const [a, b] = apps.map((app) => (app.url ?? '').replace('localhost', '127.0.0.1'));
    const ws = await createTestWorkspace(database.db);
    const ticket = await createTestTicket(database.db, ws.admin.ctx);
    const onA = await openSocket(a ?? '', (await signedIn(a ?? '', ws.admin)).cookie ?? '');
    const onB = await openSocket(b ?? '', (await signedIn(b ?? '', ws.agent)).cookie ?? '');
    const typing = nextEvent(onB, (m) => m.type === 'presence' && m.presence.state === 'typing');
    onA.send(JSON.stringify({ type: 'presence', ticketId: ticket.id, state: 'typing' }));
    const message = await typing;
    expect(message.type === 'presence' ? message.presence : null).toMatchObject({
      ticketId: ticket.id,
      agent: { id: ws.admin.id },
    });
    const left = nextEvent(onB, (m) => m.type === 'presence' && m.presence.state === 'left');
    onA.close();
    expect(await left).toMatchObject({ presence: { ticketId: ticket.id, agent: { id: ws.admin.id } } });
    onB.close();
  });

  it('shares sessions: a session opened on A works on B', async () => {
    const [a, b] = apps.map((app) => (app.url ?? '').replace('localhost', '127.0.0.1'));
    const ws = await createTestWorkspace(database.db);
    const client = await signedIn(a ?? '', ws.agent);
    const onB = await fetch(`${b ?? ''}/api/auth/me`, {
      headers: { cookie: `atiende_session=${client.cookie ?? ''}` },
    });
    expect(onB.status).toBe(200);
  });
});
