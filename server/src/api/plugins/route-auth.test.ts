import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { authPlugin } from './auth';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('every route declares its auth', () => {
  it('refuses to register a route without config.auth', async () => {
    const app = Fastify();
    await app.register(authPlugin, { db: server.database.db });
    expect(() => app.get('/api/forgotten', () => 'oops')).toThrow(/does not declare config.auth/);
    expect(() => app.get('/api/empty', { config: { auth: [] } }, () => 'oops')).toThrow(/does not declare/);
    await app.close();
  });

  it('answers 401 on every non-public route without credentials', async () => {
    const routes = server.web.app.declaredRoutes.filter(
      (r) => !r.auth.includes('public') && r.method !== 'HEAD',
    );
    expect(routes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:id\b/g, randomUUID());
      const res = await fetch(server.url + url, {
        method: route.method,
        headers:
          route.method === 'GET' || route.method === 'DELETE' ? {} : { 'content-type': 'application/json' },
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
      });
      if (res.status !== 401) failures.push(`${route.method} ${route.url} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the public list short and deliberate', () => {
    const publicRoutes = server.web.app.declaredRoutes
      .filter((r) => r.auth.includes('public') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /assets/*',
      'GET /healthz',
      'GET /metrics',
      'GET /s/:token',
      'POST /api/auth/login',
      'POST /s/:token',
    ]);
  });
});
