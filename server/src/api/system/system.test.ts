import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/http-client';
import { createTestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('operations endpoints', () => {
  it('reports health with the database reachable', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('exposes Prometheus metrics including request timings by route', async () => {
    const ws = await createTestWorkspace(server.database.db);
    const agent = await signedIn(server.url, ws.agent);
    await agent.get('/api/tickets');
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /atiende_http_request_duration_seconds_count\{method="GET",route="\/api\/tickets",status="200"\} [1-9]/,
    );
    expect(text).toContain('atiende_realtime_connections');
    expect(text).toContain('atiende_process_resident_memory_bytes');
  });

  it('serves an OpenAPI 3.1 document generated from the Zod schemas, and the docs UI', async () => {
    const doc = (await (await fetch(`${server.url}/api/docs/json`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/tickets', '/api/tickets/{id}', '/api/contacts']),
    );
    const create = doc.paths['/api/tickets']?.post?.requestBody?.content['application/json']?.schema;
    expect(create?.required).toEqual(expect.arrayContaining(['subject', 'body', 'requester']));
    const ui = await fetch(`${server.url}/api/docs`, { redirect: 'follow' });
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint' } });
  });
});
