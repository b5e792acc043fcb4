import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type {
  BusinessCalendar,
  BusinessCalendarWriteResult,
  PublicEvent,
  SlaPolicy,
  SlaPolicyWriteResult,
} from '@atiende/contracts';
import { companies, events } from '../../db/schema';
import { ensureJobQueues } from '../../jobs/job-runner';
import { createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';
import { del, expectFieldError, officeHours, sameTargets, type ErrorRes } from './sla-test-support';

let server: TestServer;

beforeAll(async () => {
  // Queues exist (writes enqueue the recompute) but nothing works them: these tests look at settings.
  const schema = `jobs_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await ensureJobQueues(inject('databaseUrl'), schema);
  server = await startTestServer({ JOBS_SCHEMA: schema });
});
afterAll(() => server.close());

interface Tenant {
  ws: TestWorkspace;
  admin: AgentClient;
  agent: AgentClient;
}

async function tenant(): Promise<Tenant> {
  const ws = await createTestWorkspace(server.database.db);
  return { ws, admin: await signedIn(server.url, ws.admin), agent: await signedIn(server.url, ws.agent) };
}

const calendarInput = (name = 'Horario Colombia') => ({
  name,
  timeZone: 'America/Bogota',
  hours: officeHours,
  holidays: [{ date: '2026-12-08', name: 'Inmaculada Concepción' }],
});

describe('business calendars', () => {
  it('creates, lists, changes and deletes a calendar; agents read but cannot write', async () => {
    const t = await tenant();
    const created = await t.admin.post<BusinessCalendarWriteResult>('/api/sla/calendars', calendarInput());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.recompute).toBeNull();
    expect(created.body.calendar).toMatchObject({ name: 'Horario Colombia', timeZone: 'America/Bogota' });
    const id = created.body.calendar.id;

    const list = await t.agent.get<{ items: BusinessCalendar[] }>('/api/sla/calendars');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.id)).toEqual([id]);
    expect((await t.agent.post('/api/sla/calendars', calendarInput('Otro'))).status).toBe(403);
    expect((await t.agent.patch(`/api/sla/calendars/${id}`, { name: 'X' })).status).toBe(403);

    // A partial change keeps the rest (holidays are not reset); no policy uses it → no recompute.
    const renamed = await t.admin.patch<BusinessCalendarWriteResult>(`/api/sla/calendars/${id}`, {
      name: 'Bogotá',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.calendar).toMatchObject({ name: 'Bogotá', holidays: [{ date: '2026-12-08' }] });
    expect(renamed.body.recompute).toBeNull();

    expect((await del(t.admin, `/api/sla/calendars/${id}`)).status).toBe(204);
    expect((await t.agent.get<{ items: unknown[] }>('/api/sla/calendars')).body.items).toEqual([]);
    const history = await server.database.db.select().from(events).where(eq(events.entityId, id));
    expect(history.map((e) => e.type)).toEqual(['sla.updated', 'sla.updated', 'sla.updated']);
  });

  it('names the bad field: unknown zone, overlapping hours, duplicate name', async () => {
    const t = await tenant();
    expectFieldError(
      await t.admin.post('/api/sla/calendars', { ...calendarInput(), timeZone: 'America/Medellin' }),
      400,
      'timeZone',
    );
    const overlapping = [...officeHours, { weekday: 1, start: '17:00', end: '20:00' }];
    expectFieldError(
      await t.admin.post('/api/sla/calendars', { ...calendarInput(), hours: overlapping }),
      400,
      'hours',
    );
    expectFieldError(
      await t.admin.post('/api/sla/calendars', {
        ...calendarInput(),
        hours: [{ weekday: 1, start: '18:00', end: '08:00' }],
      }),
      400,
      'hours.0.end',
    );
    expect((await t.admin.post('/api/sla/calendars', calendarInput())).status).toBe(201);
    expectFieldError(await t.admin.post('/api/sla/calendars', calendarInput()), 409, 'name');
  });

  it('refuses to delete a calendar a policy uses (409) and answers 404 for other workspaces', async () => {
    const t = await tenant();
    const other = await tenant();
    const cal = await t.admin.post<BusinessCalendarWriteResult>('/api/sla/calendars', calendarInput());
    const id = cal.body.calendar.id;
    const policy = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', {
      name: 'Estándar',
      calendarId: id,
      targets: sameTargets({ firstResponseMinutes: 60 }),
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const refused = await del<ErrorRes>(t.admin, `/api/sla/calendars/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Estándar');

    // A change to a calendar in use recomputes the tickets.
    const changed = await t.admin.patch<BusinessCalendarWriteResult>(`/api/sla/calendars/${id}`, {
      holidays: [],
    });
    expect(changed.body.recompute).toMatchObject({ state: 'queued' });

    expect((await other.admin.patch(`/api/sla/calendars/${id}`, { name: 'Mío' })).status).toBe(404);
    expect((await del(other.admin, `/api/sla/calendars/${id}`)).status).toBe(404);
    expect((await other.admin.get<{ items: unknown[] }>('/api/sla/calendars')).body.items).toEqual([]);
  });
});

describe('SLA policies', () => {
  it('creates policies in order with a recompute each, reorders them, changes and deletes one', async () => {
    const t = await tenant();
    const first = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', {
      name: 'Urgentes 24/7',
      conditions: { priorities: ['critical'] },
      targets: sameTargets({ firstResponseMinutes: 30, resolutionMinutes: 480 }),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.policy).toMatchObject({
      position: 0,
      active: true,
      calendar: null,
      pauseStatuses: ['pending'],
      conditions: { priorities: ['critical'], tags: [] },
    });
    expect(first.body.recompute).toMatchObject({ state: 'queued', total: 0, done: 0 });
    const run = await t.agent.get(`/api/sla/recompute-runs/${first.body.recompute.id}`);
    expect(run.status).toBe(200);

    const second = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', {
      name: 'Estándar',
      targets: sameTargets({ resolutionMinutes: 1440 }),
    });
    expect(second.body.policy.position).toBe(1);

    const ids = [second.body.policy.id, first.body.policy.id];
    const reordered = await t.admin.post<{ items: SlaPolicy[] }>('/api/sla/policies/reorder', { ids });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((p) => [p.name, p.position])).toEqual([
      ['Estándar', 0],
      ['Urgentes 24/7', 1],
    ]);
    expectFieldError(await t.admin.post('/api/sla/policies/reorder', { ids: [ids[0]] }), 400, 'ids');

    const patched = await t.admin.patch<SlaPolicyWriteResult>(`/api/sla/policies/${first.body.policy.id}`, {
      active: false,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.policy).toMatchObject({ active: false, name: 'Urgentes 24/7', description: '' });
    expect(patched.body.recompute.state).toBe('queued');

    expect((await del(t.admin, `/api/sla/policies/${first.body.policy.id}`)).status).toBe(204);
    const list = await t.agent.get<{ items: SlaPolicy[] }>('/api/sla/policies');
    expect(list.body.items.map((p) => p.name)).toEqual(['Estándar']);
    const history = await server.database.db.select().from(events).where(eq(events.workspaceId, t.ws.id));
    const slaEvents = history.filter((e) => e.type === 'sla.updated');
    expect(slaEvents.map((e) => (e.changes as PublicEvent['changes'])[0]?.to)).toEqual([
      'policy',
      'policy',
      'order',
      'policy',
      'policy',
    ]);
    expect(slaEvents.every((e) => e.ticketId === null)).toBe(true);
  });

  it('validates targets, references and names; agents cannot write; other workspaces get 404', async () => {
    const t = await tenant();
    const other = await tenant();
    const targets = sameTargets({ firstResponseMinutes: 60 });
    expectFieldError(
      await t.admin.post('/api/sla/policies', { name: 'Nada', targets: sameTargets({}) }),
      400,
      'targets',
    );
    const foreignCal = await other.admin.post<BusinessCalendarWriteResult>(
      '/api/sla/calendars',
      calendarInput(),
    );
    expectFieldError(
      await t.admin.post('/api/sla/policies', {
        name: 'A',
        targets,
        calendarId: foreignCal.body.calendar.id,
      }),
      400,
      'calendarId',
    );
    expectFieldError(
      await t.admin.post('/api/sla/policies', {
        name: 'A',
        targets,
        conditions: { teamIds: [other.ws.teamId] },
      }),
      400,
      'conditions.teamIds',
    );
    const [company] = await server.database.db
      .insert(companies)
      .values({ workspaceId: other.ws.id, name: 'Ajena S.A.' })
      .returning();
    expectFieldError(
      await t.admin.post('/api/sla/policies', {
        name: 'A',
        targets,
        conditions: { companyIds: [company?.id] },
      }),
      400,
      'conditions.companyIds',
    );
    expectFieldError(
      await t.admin.post('/api/sla/policies', { name: 'A', targets, conditions: { types: ['no_existe'] } }),
      400,
      'conditions.types',
    );
    expect(
      (
        await t.admin.post('/api/sla/policies', {
          name: 'Incidentes',
          targets,
          conditions: { types: ['billing'] },
        })
      ).status,
    ).toBe(201);
    expectFieldError(
      await t.admin.post('/api/sla/policies', {
        name: 'A',
        targets: { ...targets, low: { firstResponseMinutes: 0 } },
      }),
      400,
      'targets.low.firstResponseMinutes',
    );
    expect((await t.agent.post('/api/sla/policies', { name: 'A', targets })).status).toBe(403);

    const created = await t.admin.post<SlaPolicyWriteResult>('/api/sla/policies', { name: 'A', targets });
    expect(created.status).toBe(201);
    expectFieldError(await t.admin.post('/api/sla/policies', { name: 'A', targets }), 409, 'name');
    const id = created.body.policy.id;
    expect((await t.agent.patch(`/api/sla/policies/${id}`, { active: false })).status).toBe(403);
    expect((await other.admin.patch(`/api/sla/policies/${id}`, { active: false })).status).toBe(404);
    expect((await del(other.admin, `/api/sla/policies/${id}`)).status).toBe(404);
    expect((await other.admin.get(`/api/sla/recompute-runs/${created.body.recompute.id}`)).status).toBe(404);
    expectFieldError(
      await t.admin.patch(`/api/sla/policies/${id}`, { targets: sameTargets({}) }),
      400,
      'targets',
    );
  });
});

describe('API docs', () => {
  it('documents the SLA routes and the ticket list’s sla filter and sla_due sort', async () => {
    const res = await fetch(`${server.url}/api/docs/json`);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/sla/policies', '/api/sla/calendars/{id}', '/api/tickets/{id}/sla']),
    );
    const params = doc.paths['/api/tickets']?.get?.parameters?.map((p) => p.name) ?? [];
    expect(params).toEqual(expect.arrayContaining(['sla', 'sort']));
  });
});
