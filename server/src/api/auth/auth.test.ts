import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentClient, signedIn } from '../../test/http-client';
import { createTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES: '3' });
  ws = await createTestWorkspace(server.database.db);
});
afterAll(() => server.close());

describe('sign-in and sessions', () => {
  it('signs in, returns the session with abilities, and sets an HTTP-only cookie', async () => {
    const client = new AgentClient(server.url);
    const res = await client.request('POST', '/api/auth/login', {
      email: ws.admin.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^atiende_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get<{ agent: { id: string }; abilities: string[] }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.agent.id).toBe(ws.admin.id);
    expect(me.body.abilities).toContain('agents.manage');
  });

  it('rejects a wrong password without saying which part was wrong', async () => {
    const client = new AgentClient(server.url);
    const res = await client.request<{ error: { code: string; message: string } }>(
      'POST',
      '/api/auth/login',
      {
        email: ws.agent.email,
        password: 'wrong password',
      },
    );
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    const unknown = await client.request<{ error: { message: string } }>('POST', '/api/auth/login', {
      email: 'nobody@test.example',
      password: 'whatever',
    });
    expect(unknown.body.error.message).toBe(res.body.error.message);
  });

  it('rate-limits repeated failures for an email, even with the right password afterwards', async () => {
    const local = await createTestWorkspace(server.database.db);
    const client = new AgentClient(server.url);
    for (let i = 0; i < 3; i++) {
      const res = await client.request('POST', '/api/auth/login', {
        email: local.agent.email,
        password: 'nope',
      });
      expect(res.status).toBe(401);
    }
    const blocked = await client.request<{ error: { code: string } }>('POST', '/api/auth/login', {
      email: local.agent.email,
      password: TEST_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('requires the CSRF header for cookie-authenticated writes', async () => {
    const client = await signedIn(server.url, ws.agent);
    const token = client.csrfToken;
    client.csrfToken = null;
    const denied = await client.post<{ error: { code: string } }>('/api/contacts', {
      name: 'X',
      email: 'x@x.example',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('csrf_failed');
    client.csrfToken = 'forged';
    expect((await client.post('/api/contacts', { name: 'X', email: 'x@x.example' })).status).toBe(403);
    client.csrfToken = token;
    expect((await client.post('/api/contacts', { name: 'X', email: 'x@x.example' })).status).toBe(201);
  });

  it('logs out: the cookie no longer works', async () => {
    const client = await signedIn(server.url, ws.agent);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    client.cookie = cookie;
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('answers 401 without credentials', async () => {
    const res = await new AgentClient(server.url).get<{ error: { code: string } }>('/api/tickets');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('roles', () => {
  it('lets only admins create agents', async () => {
    const agent = await signedIn(server.url, ws.agent);
    const body = {
      name: 'Nuevo',
      email: `nuevo-${Date.now()}@test.example`,
      password: 'una clave larga',
      role: 'agent',
    };
    const denied = await agent.post<{ error: { code: string } }>('/api/agents', body);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    const admin = await signedIn(server.url, ws.admin);
    expect((await admin.post('/api/agents', body)).status).toBe(201);
    const again = await admin.post<{ error: { code: string } }>('/api/agents', body);
    expect(again.status).toBe(409);
    const created = await signedIn(server.url, { email: body.email, password: body.password });
    expect((await created.get('/api/auth/me')).status).toBe(200);
  });

  it('keeps the last active admin', async () => {
    const local = await createTestWorkspace(server.database.db);
    const admin = await signedIn(server.url, local.admin);
    const res = await admin.patch<{ error: { code: string } }>(`/api/agents/${local.admin.id}`, {
      role: 'agent',
    });
    expect(res.status).toBe(409);
  });

  it('deactivating an agent ends their sessions', async () => {
    const local = await createTestWorkspace(server.database.db);
    const agent = await signedIn(server.url, local.agent);
    const admin = await signedIn(server.url, local.admin);
    expect((await admin.patch(`/api/agents/${local.agent.id}`, { active: false })).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });
});

describe('API tokens', () => {
  it('authenticates integrations with a bearer token until it is revoked', async () => {
    const admin = await signedIn(server.url, ws.admin);
    const created = await admin.post<{ id: string; token: string; prefix: string }>('/api/api-tokens', {
      name: 'ERP',
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^atk_/);
    const auth = { authorization: `Bearer ${created.body.token}` };
    const ok = await fetch(`${server.url}/api/tickets`, { headers: auth });
    expect(ok.status).toBe(200);
    const write = await fetch(`${server.url}/api/contacts`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Desde ERP', email: 'erp@cliente.example' }),
    });
    expect(write.status).toBe(201); // no CSRF for tokens: no ambient browser credentials
    const list = await admin.get<{ items: { id: string; lastUsedAt: string | null }[] }>('/api/api-tokens');
    expect(list.body.items.find((t) => t.id === created.body.id)?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await admin.request('DELETE', `/api/api-tokens/${created.body.id}`)).status).toBe(204);
    expect((await fetch(`${server.url}/api/tickets`, { headers: auth })).status).toBe(401);
  });

  it('does not let a token manage tokens', async () => {
    const admin = await signedIn(server.url, ws.admin);
    const created = await admin.post<{ token: string }>('/api/api-tokens', { name: 'Otra', role: 'admin' });
    const res = await fetch(`${server.url}/api/api-tokens`, {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(res.status).toBe(401);
  });
});
