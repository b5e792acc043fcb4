import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CustomField,
  CustomStatus,
  PublicEvent,
  ResolutionReason,
  Ticket,
  TicketConfig,
  TicketTypeDef,
} from '@atiende/contracts';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let admin: AgentClient;
let agent: AgentClient;
let reasons: ResolutionReason[];

interface ErrorRes {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  admin = await signedIn(server.url, ws.admin);
  agent = await signedIn(server.url, ws.agent);
  reasons = (await agent.get<TicketConfig>('/api/ticket-config')).body.resolutionReasons;
});
afterAll(() => server.close());

const newTicket = () => createTestTicket(server.database.db, ws.agent.ctx);
const patch = <T = Ticket>(id: string, body: unknown) => agent.patch<T>(`/api/tickets/${id}`, body);
const paths = (res: { body: ErrorRes }) => res.body.error.issues?.map((i) => i.path) ?? [];

async function lastUpdate(ticketId: string): Promise<PublicEvent | undefined> {
  const history = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${ticketId}/history`);
  return history.body.items.find((e) => e.type === 'ticket.updated');
}

async function customField(body: object): Promise<CustomField> {
  const res = await admin.post<CustomField>('/api/ticket-config/custom-fields', body);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body;
}

describe('custom statuses and categories', () => {
  it('sets the category from a custom status and clears it when the category changes', async () => {
    const waiting = (
      await admin.post<CustomStatus>('/api/ticket-config/statuses', {
        category: 'on_hold',
        name: 'Esperando al banco',
      })
    ).body;
    const ticket = await newTicket();
    const held = await patch(ticket.id, { customStatusId: waiting.id });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      status: 'on_hold',
      customStatus: { id: waiting.id, name: waiting.name },
    });
    expect((await lastUpdate(ticket.id))?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'new', to: 'on_hold' },
        { field: 'customStatus', from: null, to: { id: waiting.id, name: 'Esperando al banco' } },
      ]),
    );
    // Same category: the custom status stays.
    const same = await patch(ticket.id, { status: 'on_hold', priority: 'high' });
    expect(same.body.customStatus?.id).toBe(waiting.id);
    const moved = await patch(ticket.id, { status: 'open' });
    expect(moved.body).toMatchObject({ status: 'open', customStatus: null });

    const contradicting = await patch<ErrorRes>(ticket.id, { status: 'pending', customStatusId: waiting.id });
    expect(contradicting.status).toBe(400);
    expect(paths(contradicting)).toEqual(['status']);

    await admin.patch(`/api/ticket-config/statuses/${waiting.id}`, { archived: true });
    const archived = await patch<ErrorRes>(ticket.id, { customStatusId: waiting.id });
    expect(archived.status).toBe(400);
    expect(paths(archived)).toEqual(['customStatusId']);

    const other = await createTestWorkspace(server.database.db);
    const otherAdmin = await signedIn(server.url, other.admin);
    const foreign = (
      await otherAdmin.post<CustomStatus>('/api/ticket-config/statuses', { category: 'open', name: 'Ajeno' })
    ).body;
    const stolen = await patch<ErrorRes>(ticket.id, { customStatusId: foreign.id });
    expect(stolen.status).toBe(400);
    expect(paths(stolen)).toEqual(['customStatusId']);
  });
});

describe('resolutions', () => {
  it('solves as finalized by default; not finalized needs an active reason', async () => {
    const ticket = await newTicket();
    const missing = await patch<ErrorRes>(ticket.id, { status: 'solved', resolution: 'not_finalized' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('validation_failed');
    expect(paths(missing)).toEqual(['resolutionReasonId']);

    const archivedReason = (
      await admin.post<ResolutionReason>('/api/ticket-config/resolution-reasons', { name: 'Viejo motivo' })
    ).body;
    await admin.patch(`/api/ticket-config/resolution-reasons/${archivedReason.id}`, { archived: true });
    const archived = await patch<ErrorRes>(ticket.id, {
      status: 'solved',
      resolution: 'not_finalized',
      resolutionReasonId: archivedReason.id,
    });
    expect(archived.status).toBe(400);
    expect(paths(archived)).toEqual(['resolutionReasonId']);

    const finalized = await patch(ticket.id, { status: 'solved' });
    expect(finalized.body).toMatchObject({
      status: 'solved',
      resolution: 'finalized',
      resolutionReason: null,
    });

    const reason = reasons[0];
    if (!reason) throw new Error('no default reason');
    const notFinalized = await patch(ticket.id, {
      resolution: 'not_finalized',
      resolutionReasonId: reason.id,
    });
    expect(notFinalized.body).toMatchObject({
      resolution: 'not_finalized',
      resolutionReason: { id: reason.id, name: reason.name },
    });
    expect((await lastUpdate(ticket.id))?.changes).toEqual([
      { field: 'resolution', from: 'finalized', to: 'not_finalized' },
      { field: 'resolutionReason', from: null, to: { id: reason.id, name: reason.name } },
    ]);

    const reopened = await patch(ticket.id, { status: 'open' });
    expect(reopened.body).toMatchObject({ resolution: null, resolutionReason: null, solvedAt: null });

    const onOpen = await patch<ErrorRes>(ticket.id, { resolution: 'finalized' });
    expect(onOpen.status).toBe(400);
    expect(paths(onOpen)).toEqual(['resolution']);
  });

  it('keeps the resolution when a solved ticket is closed', async () => {
    const ticket = await newTicket();
    const reason = reasons[1];
    if (!reason) throw new Error('no default reason');
    await patch(ticket.id, { status: 'solved', resolution: 'not_finalized', resolutionReasonId: reason.id });
    const closed = await patch(ticket.id, { status: 'closed' });
    expect(closed.body).toMatchObject({
      status: 'closed',
      resolution: 'not_finalized',
      resolutionReason: { id: reason.id },
    });
    expect(closed.body.closedAt).not.toBeNull();
  });
});

describe('required-on-solve custom fields', () => {
  it('refuses to solve or close while a required field is empty, naming each field', async () => {
    const local = await createTestWorkspace(server.database.db);
    const localAdmin = await signedIn(server.url, local.admin);
    const localAgent = await signedIn(server.url, local.agent);
    const make = async (body: object) =>
      (await localAdmin.post<CustomField>('/api/ticket-config/custom-fields', body)).body;
    const modulo = await make({
      name: 'Módulo',
      kind: 'dropdown',
      options: [{ value: 'pos', label: 'POS' }],
      requiredOnSolve: true,
    });
    const pedido = await make({ name: 'Número de pedido', kind: 'text', requiredOnSolve: true });
    const retired = await make({ name: 'Viejo', kind: 'text', requiredOnSolve: true });
    await localAdmin.patch(`/api/ticket-config/custom-fields/${retired.id}`, { archived: true });
    await make({ name: 'Notas', kind: 'text' });

    const ticket = await createTestTicket(server.database.db, local.agent.ctx);
    const solve = await localAgent.patch<ErrorRes>(`/api/tickets/${ticket.id}`, { status: 'solved' });
    expect(solve.status).toBe(400);
    expect(solve.body.error.code).toBe('validation_failed');
    expect(solve.body.error.issues).toEqual([
      { path: `customFields.${modulo.id}`, message: '"Módulo" is required to solve the ticket' },
      { path: `customFields.${pedido.id}`, message: '"Número de pedido" is required to solve the ticket' },
    ]);
    const close = await localAgent.patch<ErrorRes>(`/api/tickets/${ticket.id}`, {
      status: 'closed',
      customFields: { [modulo.id]: 'pos' },
    });
    expect(close.status).toBe(400);
    expect(close.body.error.issues?.map((i) => i.path)).toEqual([`customFields.${pedido.id}`]);

    const solved = await localAgent.patch<Ticket>(`/api/tickets/${ticket.id}`, {
      status: 'solved',
      customFields: { [modulo.id]: 'pos', [pedido.id]: 'PED-1' },
    });
    expect(solved.status).toBe(200);
    expect(solved.body.customFields).toEqual({ [modulo.id]: 'pos', [pedido.id]: 'PED-1' });
    // A solved ticket cannot lose a required value.
    const emptied = await localAgent.patch<ErrorRes>(`/api/tickets/${ticket.id}`, {
      customFields: { [pedido.id]: null },
    });
    expect(emptied.status).toBe(400);
    expect(emptied.body.error.issues?.map((i) => i.path)).toEqual([`customFields.${pedido.id}`]);
  });
});

describe('custom field values', () => {
  it('checks each value against its kind, reporting every bad field at once', async () => {
    const text = await customField({ name: 'Pedido', kind: 'text' });
    const number = await customField({ name: 'Cantidad', kind: 'number' });
    const date = await customField({ name: 'Fecha de compra', kind: 'date' });
    const dropdown = await customField({
      name: 'Canal de venta',
      kind: 'dropdown',
      options: [
        { value: 'tienda', label: 'Tienda' },
        { value: 'web', label: 'Web' },
      ],
    });
    const multi = await customField({
      name: 'Productos',
      kind: 'multiselect',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    });
    const check = await customField({ name: 'VIP', kind: 'checkbox' });
    const ticket = await newTicket();

    const bad = await patch<ErrorRes>(ticket.id, {
      customFields: {
        [text.id]: 12,
        [number.id]: 'doce',
        [date.id]: '2026-02-30',
        [dropdown.id]: 'telefono',
        [multi.id]: ['a', 'z'],
        [check.id]: 'yes',
        '00000000-0000-0000-0000-000000000000': 'x',
      },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad).sort()).toEqual(
      [text, number, date, dropdown, multi, check]
        .map((f) => `customFields.${f.id}`)
        .concat('customFields.00000000-0000-0000-0000-000000000000')
        .sort(),
    );
    expect(bad.body.error.issues?.find((i) => i.path === `customFields.${dropdown.id}`)?.message).toContain(
      'Canal de venta',
    );
    const tooLong = await patch<ErrorRes>(ticket.id, { customFields: { [text.id]: 'x'.repeat(10_001) } });
    expect(tooLong.status).toBe(400);

    const good = await patch(ticket.id, {
      customFields: {
        [text.id]: 'PED-77',
        [number.id]: 12.5,
        [date.id]: '2026-02-28',
        [dropdown.id]: 'web',
        [multi.id]: ['b', 'a', 'b'],
        [check.id]: false,
      },
    });
    expect(good.status).toBe(200);
    expect(good.body.customFields).toEqual({
      [text.id]: 'PED-77',
      [number.id]: 12.5,
      [date.id]: '2026-02-28',
      [dropdown.id]: 'web',
      [multi.id]: ['b', 'a'],
      [check.id]: false,
    });
    expect((await lastUpdate(ticket.id))?.changes).toEqual(
      expect.arrayContaining([{ field: `customField:${dropdown.id}`, from: null, to: 'web' }]),
    );

    // null removes; an option removed since stays on the ticket and may be re-sent unchanged.
    await admin.patch(`/api/ticket-config/custom-fields/${dropdown.id}`, {
      options: [{ value: 'tienda', label: 'Tienda' }],
    });
    const cleared = await patch(ticket.id, {
      customFields: { [text.id]: null, [dropdown.id]: 'web' },
      priority: 'low',
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.customFields[text.id]).toBeUndefined();
    expect(cleared.body.customFields[dropdown.id]).toBe('web');
    expect((await lastUpdate(ticket.id))?.changes).toEqual(
      expect.arrayContaining([{ field: `customField:${text.id}`, from: 'PED-77', to: null }]),
    );
    const gone = await patch<ErrorRes>(ticket.id, {
      customFields: { [multi.id]: ['a'], [dropdown.id]: 'tienda' },
    });
    expect(gone.status).toBe(200);
    const refused = await patch<ErrorRes>(ticket.id, { customFields: { [dropdown.id]: 'web' } });
    expect(refused.status).toBe(400);
  });

  it('validates custom fields and the type when a ticket is created', async () => {
    const field = await customField({ name: 'Monto', kind: 'number' });
    const base = { subject: 'Consulta', body: 'Hola', requester: { email: 'c@cliente.example' } };
    const badField = await agent.post<ErrorRes>('/api/tickets', {
      ...base,
      customFields: { [field.id]: 'x' },
    });
    expect(badField.status).toBe(400);
    expect(paths(badField)).toEqual([`customFields.${field.id}`]);
    const badType = await agent.post<ErrorRes>('/api/tickets', { ...base, type: 'inexistente' });
    expect(badType.status).toBe(400);
    expect(paths(badType)).toEqual(['type']);
    const created = await agent.post<Ticket>('/api/tickets', {
      ...base,
      type: 'billing',
      customFields: { [field.id]: 30 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'billing', customFields: { [field.id]: 30 } });
  });
});

describe('ticket types on tickets', () => {
  it('accepts active type keys only', async () => {
    const ticket = await newTicket();
    const unknown = await patch<ErrorRes>(ticket.id, { type: 'no_existe' });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['type']);
    const retired = (await admin.post<TicketTypeDef>('/api/ticket-config/types', { name: 'Retirado' })).body;
    await admin.patch(`/api/ticket-config/types/${retired.id}`, { archived: true });
    const archived = await patch<ErrorRes>(ticket.id, { type: retired.key });
    expect(archived.status).toBe(400);
    expect(paths(archived)).toEqual(['type']);
    const ok = await patch(ticket.id, { type: 'billing' });
    expect(ok.body.type).toBe('billing');
    const cleared = await patch(ticket.id, { type: null });
    expect(cleared.body.type).toBeNull();
  });

  it('refuses changes to a trashed ticket until it is restored', async () => {
    const ticket = await newTicket();
    await agent.post(`/api/tickets/${ticket.id}/trash`, { reason: 'spam' });
    const res = await patch<ErrorRes>(ticket.id, { priority: 'low' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/restore/);
  });
});
