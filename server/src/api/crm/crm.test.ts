import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company, Contact, Ticket } from '@atiende/contracts';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let agent: AgentClient;

beforeAll(async () => {
  server = await startTestServer();
  const ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

describe('contacts and companies', () => {
  it('links a new contact to the company owning its email domain, and lists their tickets', async () => {
    const company = await agent.post<Company>('/api/companies', {
      name: 'Ferretería El Tornillo',
      domain: 'ElTornillo.example',
    });
    expect(company.status).toBe(201);
    expect(company.body.domain).toBe('eltornillo.example');
    const contact = await agent.post<Contact>('/api/contacts', {
      name: 'Jorge',
      email: 'jorge@eltornillo.example',
    });
    expect(contact.body.companyId).toBe(company.body.id);
    expect(contact.body.companyName).toBe('Ferretería El Tornillo');
    const ticket = await agent.post<Ticket>('/api/tickets', {
      subject: 'Consulta',
      body: 'Hola',
      requester: { contactId: contact.body.id },
    });
    expect(ticket.body.company?.id).toBe(company.body.id);
    const companyView = await agent.get<Company>(`/api/companies/${company.body.id}`);
    expect(companyView.body).toMatchObject({ openTicketCount: 1, contactCount: 1 });
    const byCompany = await agent.get<{ items: Ticket[] }>(`/api/tickets?companyId=${company.body.id}`);
    expect(byCompany.body.items.map((t) => t.id)).toEqual([ticket.body.id]);
    const byContact = await agent.get<{ items: Ticket[] }>(`/api/tickets?requesterId=${contact.body.id}`);
    expect(byContact.body.items.map((t) => t.id)).toEqual([ticket.body.id]);
  });

  it('refuses duplicates and contacts without a way to reach them', async () => {
    await agent.post('/api/contacts', { name: 'Ana', email: 'ana@dup.example' });
    const dup = await agent.post<{ error: { code: string } }>('/api/contacts', {
      name: 'Ana 2',
      email: 'ANA@dup.example',
    });
    expect(dup.status).toBe(409);
    const none = await agent.post<{ error: { issues: { path: string }[] } }>('/api/contacts', {
      name: 'Sin datos',
    });
    expect(none.status).toBe(400);
    expect(none.body.error.issues[0]?.path).toBe('email');
    const badDomain = await agent.post<{ error: { issues: { path: string }[] } }>('/api/companies', {
      name: 'X',
      domain: 'no domain',
    });
    expect(badDomain.body.error.issues[0]?.path).toBe('domain');
  });

  it('searches and pages contacts by name', async () => {
    for (const name of ['Zoe Uno', 'Zoe Dos', 'Zoe Tres'])
      await agent.post('/api/contacts', { name, phone: '+57 300 000 0000' });
    const first = await agent.get<{ items: Contact[]; nextCursor: string | null }>(
      '/api/contacts?q=zoe&limit=2',
    );
    expect(first.body.items.map((c) => c.name)).toEqual(['Zoe Dos', 'Zoe Tres']);
    const second = await agent.get<{ items: Contact[]; nextCursor: string | null }>(
      `/api/contacts?q=zoe&limit=2&cursor=${first.body.nextCursor ?? ''}`,
    );
    expect(second.body.items.map((c) => c.name)).toEqual(['Zoe Uno']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('updates a contact and records it', async () => {
    const contact = await agent.post<Contact>('/api/contacts', { name: 'Pedro', email: 'pedro@x.example' });
    const res = await agent.patch<Contact>(`/api/contacts/${contact.body.id}`, {
      name: 'Pedro Pérez',
      locale: 'pt-BR',
    });
    expect(res.body).toMatchObject({ name: 'Pedro Pérez', locale: 'pt-BR' });
  });
});
