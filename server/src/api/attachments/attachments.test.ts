import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Attachment, Message } from '@atiende/contracts';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { purgeOrphanAttachmentsJob } from '../../jobs/purge-orphan-attachments.job';
import { AttachmentStore } from '../../lib/attachment-store';

let server: TestServer;
let ws: TestWorkspace;
let agent: AgentClient;

function upload(client: AgentClient, name: string, content: string | Uint8Array, type = 'text/plain') {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return client.request<Attachment & { error?: { code: string } }>('POST', '/api/attachments', form);
}

beforeAll(async () => {
  server = await startTestServer({ MAX_ATTACHMENT_MB: '0.01' }); // ~10 KB
  ws = await createTestWorkspace(server.database.db);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

describe('attachments', () => {
  it('uploads, attaches to a message and downloads the same bytes', async () => {
    const up = await upload(agent, 'factura.pdf', '%PDF-1.4 contenido', 'application/pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ filename: 'factura.pdf', contentType: 'application/pdf', size: 18 });
    const ticket = await createTestTicket(server.database.db, ws.agent.ctx);
    const msg = await agent.post<Message>(`/api/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      bodyText: 'Adjunto la factura',
      attachmentIds: [up.body.id],
    });
    expect(msg.body.attachments.map((f) => f.id)).toEqual([up.body.id]);
    const down = await agent.get<string>(up.body.url);
    expect(down.status).toBe(200);
    expect(down.body).toBe('%PDF-1.4 contenido');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    // An attachment belongs to one message only.
    const reuse = await agent.post(`/api/tickets/${ticket.id}/messages`, {
      kind: 'note',
      bodyText: 'otra vez',
      attachmentIds: [up.body.id],
    });
    expect(reuse.status).toBe(400);
  });

  it('forces download for types a browser could execute', async () => {
    const up = await upload(agent, 'page.html', '<script>alert(1)</script>', 'text/html');
    const down = await agent.get(up.body.url);
    expect(down.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('refuses files over the limit with 413 and leaves nothing on disk', async () => {
    const dir = path.join(server.config.dataDir, 'attachments', ws.id);
    const before = await readdir(dir).catch(() => []);
    const res = await upload(agent, 'big.bin', new Uint8Array(20_000), 'application/octet-stream');
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('payload_too_large');
    expect(await readdir(dir).catch(() => [])).toEqual(before);
  });

  it('answers 415 for a non-multipart upload', async () => {
    const res = await agent.post<{ error: { code: string } }>('/api/attachments', { file: 'x' });
    expect(res.status).toBe(415);
  });

  it('purges uploads never attached, after a day', async () => {
    const up = await upload(agent, 'huerfano.txt', 'nadie me usa');
    const db = server.database.db;
    await db.execute(
      sql`UPDATE attachments SET created_at = now() - interval '2 days' WHERE id = ${up.body.id}`,
    );
    const store = new AttachmentStore(path.join(server.config.dataDir, 'attachments'));
    await purgeOrphanAttachmentsJob.handler({ database: server.database, store }, {});
    expect((await agent.get(up.body.url)).status).toBe(404);
  });
});
