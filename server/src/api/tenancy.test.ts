import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@atiende/contracts';
import { createCompany } from '../commands/crm/create-company';
import { createContact } from '../commands/crm/create-contact';
import { storeAttachment } from '../commands/attachments/store-attachment';
import { Readable } from 'node:stream';
import { AttachmentStore } from '../lib/attachment-store';
import { signedIn, type AgentClient } from '../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import path from 'node:path';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let agentA: AgentClient;
const bIds = { ticket: '', contact: '', company: '', attachment: '' };

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  a = await createTestWorkspace(db, 'A');
  b = await createTestWorkspace(db, 'B');
  agentA = await signedIn(server.url, a.admin);
  const company = await createCompany(db, b.admin.ctx, {
    name: 'Secreta SA',
    domain: 'secreta.example',
    notes: '',
  });
  const contact = await createContact(db, b.admin.ctx, {
    name: 'Cliente B',
    email: 'cliente@secreta.example',
    phone: null,
    locale: 'es',
    companyId: company.id,
  });
  const ticket = await createTestTicket(db, b.admin.ctx, {
    subject: 'Confidencial B',
    requester: { contactId: contact.id },
  });
  const store = new AttachmentStore(path.join(server.config.dataDir, 'attachments'));
  const file = await storeAttachment(
    db,
    store,
    b.admin.ctx,
    { filename: 'b.txt', contentType: 'text/plain', stream: Readable.from([Buffer.from('secreto')]) },
    1000,
  );
  Object.assign(bIds, { ticket: ticket.id, contact: contact.id, company: company.id, attachment: file.id });
});
afterAll(() => server.close());

describe('a workspace never sees another workspace', () => {
  it('answers 404 for every ticket, contact, company and attachment route of workspace B', async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/tickets/${bIds.ticket}`],
      ['PATCH', `/api/tickets/${bIds.ticket}`, { status: 'solved' }],
      ['GET', `/api/tickets/${bIds.ticket}/messages`],
      ['POST', `/api/tickets/${bIds.ticket}/messages`, { kind: 'note', bodyText: 'hola' }],
      ['GET', `/api/tickets/${bIds.ticket}/history`],
      ['GET', `/api/contacts/${bIds.contact}`],
      ['PATCH', `/api/contacts/${bIds.contact}`, { name: 'Hacked' }],
      ['GET', `/api/companies/${bIds.company}`],
      ['PATCH', `/api/companies/${bIds.company}`, { name: 'Hacked' }],
      ['GET', `/api/attachments/${bIds.attachment}`],
      ['PATCH', `/api/agents/${b.agent.id}`, { name: 'Hacked' }],
      ['DELETE', `/api/api-tokens/${b.agent.id}`],
    ];
    for (const [method, url, body] of attempts) {
      const res = await agentA.request<{ error: { code: string } }>(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('does not list or count B data, nor filter by B ids', async () => {
    const lists = [
      '/api/tickets?limit=200',
      `/api/tickets?requesterId=${bIds.contact}`,
      `/api/tickets?companyId=${bIds.company}`,
      '/api/tickets?q=Confidencial',
      '/api/contacts?q=Cliente%20B',
      `/api/contacts?companyId=${bIds.company}`,
      '/api/companies?q=Secreta',
      '/api/agents',
      '/api/teams',
    ];
    for (const url of lists) {
      const res = await agentA.get<{ items: { id: string }[] }>(url);
      expect(res.status, url).toBe(200);
      const ids = res.body.items.map((i) => i.id);
      for (const id of [...Object.values(bIds), b.agent.id, b.admin.id, b.teamId])
        expect(ids, url).not.toContain(id);
    }
    const counts = await agentA.get<{ byStatus: { new: number } }>('/api/tickets/counts');
    expect(counts.body.byStatus.new).toBe(0);
  });

  it('refuses B ids as references in A writes', async () => {
    const res = await agentA.post<{ error: { code: string } }>('/api/tickets', {
      subject: 'x',
      body: 'y',
      requester: { contactId: bIds.contact },
    });
    expect(res.status).toBe(400);
    const own = await createTestTicket(server.database.db, a.admin.ctx);
    const patch = await agentA.patch(`/api/tickets/${own.id}`, { teamId: b.teamId });
    expect(patch.status).toBe(400);
    const attach = await agentA.post(`/api/tickets/${own.id}/messages`, {
      kind: 'note',
      bodyText: 'x',
      attachmentIds: [bIds.attachment],
    });
    expect(attach.status).toBe(400);
    const contact = await agentA.post('/api/contacts', {
      name: 'x',
      email: 'x@a.example',
      companyId: bIds.company,
    });
    expect(contact.status).toBe(400);
    const unchanged = await agentA.get<Ticket>(`/api/tickets/${own.id}`);
    expect(unchanged.body.team).toBeNull();
  });
});
