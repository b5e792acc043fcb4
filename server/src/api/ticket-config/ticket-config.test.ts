import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type {
  CustomField,
  CustomStatus,
  ResolutionReason,
  TicketConfig,
  TicketSettings,
  TicketTypeDef,
} from '@atiende/contracts';
import { createApiToken } from '../../commands/auth/api-tokens';
import { events } from '../../db/schema';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let admin: AgentClient;
let agent: AgentClient;

interface ErrorRes {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  admin = await signedIn(server.url, ws.admin);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

async function lastConfigEvent(entityId: string) {
  const [row] = await server.database.db
    .select()
    .from(events)
    .where(
      and(
        eq(events.workspaceId, ws.id),
        eq(events.type, 'ticket_config.updated'),
        eq(events.entityId, entityId),
      ),
    )
    .orderBy(desc(events.id))
    .limit(1);
  return row;
}

describe('reading the ticket configuration', () => {
  it('gives every agent the default types, reasons and settings of a new workspace', async () => {
    const res = await agent.get<TicketConfig>('/api/ticket-config');
    expect(res.status).toBe(200);
    expect(res.body.types.map((t) => t.key)).toEqual([
      'technical',
      'billing',
      'onboarding',
      'complaint',
      'suggestion',
    ]);
    expect(res.body.types[0]).toMatchObject({ name: 'Soporte técnico', archived: false });
    expect(res.body.resolutionReasons).toHaveLength(3);
    expect(res.body.settings).toEqual({ autoCloseAfterDays: 4, trashRetentionDays: 30 });
    expect(res.body.statuses).toEqual([]);
    expect(res.body.customFields).toEqual([]);
  });
});

describe('ticket types', () => {
  it('derives a unique key from the name, and answers 409 on a clash', async () => {
    const created = await admin.post<TicketTypeDef>('/api/ticket-config/types', {
      name: 'Garantía y Devolución',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'garantia_y_devolucion', name: 'Garantía y Devolución' });
    expect(created.body.position).toBe(5);
    const clash = await admin.post<ErrorRes>('/api/ticket-config/types', { name: 'garantía y devolución!' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.issues?.[0]?.path).toBe('key');
    const explicit = await admin.post<TicketTypeDef>('/api/ticket-config/types', {
      name: 'Garantía',
      key: 'garantia',
    });
    expect(explicit.body.key).toBe('garantia');
    const event = await lastConfigEvent(created.body.id);
    expect(event?.changes).toEqual(
      expect.arrayContaining([
        { field: 'entry', from: null, to: 'ticket_type' },
        { field: 'key', from: null, to: 'garantia_y_devolucion' },
      ]),
    );
  });

  it('renames and archives, keeping the key; agents may not write', async () => {
    const created = await admin.post<TicketTypeDef>('/api/ticket-config/types', { name: 'Temporal' });
    const patched = await admin.patch<TicketTypeDef>(`/api/ticket-config/types/${created.body.id}`, {
      name: 'Temporal 2',
      archived: true,
    });
    expect(patched.body).toMatchObject({ key: 'temporal', name: 'Temporal 2', archived: true });
    const event = await lastConfigEvent(created.body.id);
    expect(event?.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: 'Temporal', to: 'Temporal 2' },
        { field: 'archived', from: false, to: true },
      ]),
    );
    const restored = await admin.patch<TicketTypeDef>(`/api/ticket-config/types/${created.body.id}`, {
      archived: false,
    });
    expect(restored.body.archived).toBe(false);

    expect((await agent.post('/api/ticket-config/types', { name: 'Nope' })).status).toBe(403);
    expect((await agent.patch(`/api/ticket-config/types/${created.body.id}`, { name: 'x' })).status).toBe(
      403,
    );
  });
});

describe('custom statuses and resolution reasons', () => {
  it('creates, renames and archives them; other workspaces see 404', async () => {
    const status = await admin.post<CustomStatus>('/api/ticket-config/statuses', {
      category: 'on_hold',
      name: 'Esperando al banco',
    });
    expect(status.status).toBe(201);
    expect(status.body).toMatchObject({ category: 'on_hold', name: 'Esperando al banco', archived: false });
    const archived = await admin.patch<CustomStatus>(`/api/ticket-config/statuses/${status.body.id}`, {
      archived: true,
    });
    expect(archived.body.archived).toBe(true);
    expect((await lastConfigEvent(status.body.id))?.changes).toEqual(
      expect.arrayContaining([{ field: 'archived', from: false, to: true }]),
    );

    const reason = await admin.post<ResolutionReason>('/api/ticket-config/resolution-reasons', {
      name: 'Cliente desistió',
    });
    expect(reason.status).toBe(201);
    expect(reason.body.position).toBe(3);
    const renamed = await admin.patch<ResolutionReason>(
      `/api/ticket-config/resolution-reasons/${reason.body.id}`,
      { name: 'El cliente desistió' },
    );
    expect(renamed.body.name).toBe('El cliente desistió');

    expect((await agent.post('/api/ticket-config/statuses', { category: 'open', name: 'x' })).status).toBe(
      403,
    );
    expect((await agent.post('/api/ticket-config/resolution-reasons', { name: 'x' })).status).toBe(403);

    const other = await createTestWorkspace(server.database.db);
    const otherAdmin = await signedIn(server.url, other.admin);
    expect(
      (await otherAdmin.patch(`/api/ticket-config/statuses/${status.body.id}`, { name: 'robado' })).status,
    ).toBe(404);
    expect(
      (await otherAdmin.patch(`/api/ticket-config/resolution-reasons/${reason.body.id}`, { name: 'x' }))
        .status,
    ).toBe(404);
    const theirs = await otherAdmin.get<TicketConfig>('/api/ticket-config');
    expect(theirs.body.statuses).toEqual([]);
    expect(theirs.body.resolutionReasons).toHaveLength(3);
  });
});

describe('custom fields', () => {
  it('checks options against the kind and keeps the kind fixed', async () => {
    const noOptions = await admin.post<ErrorRes>('/api/ticket-config/custom-fields', {
      name: 'Módulo',
      kind: 'dropdown',
    });
    expect(noOptions.status).toBe(400);
    expect(noOptions.body.error.issues?.[0]?.path).toBe('options');
    const duplicated = await admin.post<ErrorRes>('/api/ticket-config/custom-fields', {
      name: 'Módulo',
      kind: 'dropdown',
      options: [
        { value: 'pos', label: 'POS' },
        { value: 'pos', label: 'Punto de venta' },
      ],
    });
    expect(duplicated.status).toBe(400);
    expect(duplicated.body.error.issues?.[0]?.path).toBe('options.1.value');
    const textWithOptions = await admin.post<ErrorRes>('/api/ticket-config/custom-fields', {
      name: 'Pedido',
      kind: 'text',
      options: [{ value: 'a', label: 'A' }],
    });
    expect(textWithOptions.status).toBe(400);

    const field = await admin.post<CustomField>('/api/ticket-config/custom-fields', {
      name: 'Módulo',
      kind: 'dropdown',
      options: [
        { value: 'pos', label: 'POS' },
        { value: 'inventario', label: 'Inventario' },
      ],
      requiredOnSolve: true,
    });
    expect(field.status).toBe(201);
    expect(field.body).toMatchObject({ kind: 'dropdown', requiredOnSolve: true, archived: false });

    const kindChange = await admin.patch<ErrorRes>(`/api/ticket-config/custom-fields/${field.body.id}`, {
      kind: 'text',
    });
    expect(kindChange.status).toBe(400);
    expect(kindChange.body.error.issues?.[0]?.path).toBe('kind');

    const fewer = await admin.patch<CustomField>(`/api/ticket-config/custom-fields/${field.body.id}`, {
      options: [{ value: 'pos', label: 'Punto de venta' }],
      requiredOnSolve: false,
    });
    expect(fewer.status).toBe(200);
    expect(fewer.body).toMatchObject({
      kind: 'dropdown',
      options: [{ value: 'pos', label: 'Punto de venta' }],
      requiredOnSolve: false,
    });
    expect((await lastConfigEvent(field.body.id))?.changes).toEqual(
      expect.arrayContaining([{ field: 'requiredOnSolve', from: true, to: false }]),
    );
    expect((await agent.post('/api/ticket-config/custom-fields', { name: 'x', kind: 'text' })).status).toBe(
      403,
    );

    const other = await createTestWorkspace(server.database.db);
    const otherAdmin = await signedIn(server.url, other.admin);
    expect(
      (await otherAdmin.patch(`/api/ticket-config/custom-fields/${field.body.id}`, { name: 'x' })).status,
    ).toBe(404);
  });
});

describe('lifecycle settings', () => {
  it('lets admins change auto-close and retention, within bounds', async () => {
    const res = await admin.patch<TicketSettings>('/api/ticket-config/settings', { autoCloseAfterDays: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ autoCloseAfterDays: 0, trashRetentionDays: 30 });
    expect((await lastConfigEvent(ws.id))?.changes).toEqual([
      { field: 'entry', from: null, to: 'settings' },
      { field: 'autoCloseAfterDays', from: 4, to: 0 },
    ]);
    const bad = await admin.patch<ErrorRes>('/api/ticket-config/settings', { trashRetentionDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.[0]?.path).toBe('trashRetentionDays');
    expect((await agent.patch('/api/ticket-config/settings', { autoCloseAfterDays: 2 })).status).toBe(403);
    const config = await agent.get<TicketConfig>('/api/ticket-config');
    expect(config.body.settings.autoCloseAfterDays).toBe(0);
  });
});

describe('through an API token', () => {
  it('reads the configuration with any role and writes only with an admin token', async () => {
    const local = await createTestWorkspace(server.database.db);
    const tokenOf = async (role: 'agent' | 'admin') =>
      (await createApiToken(server.database.db, local.admin.ctx, { name: `Integración ${role}`, role }))
        .token;
    const call = (token: string, method: string, url: string, body?: object) =>
      fetch(server.url + url, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : null,
      });
    const agentToken = await tokenOf('agent');
    const read = await call(agentToken, 'GET', '/api/ticket-config');
    expect(read.status).toBe(200);
    expect(((await read.json()) as TicketConfig).types).toHaveLength(5);
    expect((await call(agentToken, 'POST', '/api/ticket-config/types', { name: 'Desde API' })).status).toBe(
      403,
    );
    const adminToken = await tokenOf('admin');
    expect((await call(adminToken, 'POST', '/api/ticket-config/types', { name: 'Desde API' })).status).toBe(
      201,
    );
  });
});
