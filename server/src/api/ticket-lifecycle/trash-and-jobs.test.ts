import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Attachment, CustomStatus, PublicEvent, Ticket } from '@atiende/contracts';
import { attachments, events, messages, tickets, workspaces } from '../../db/schema';
import { autoCloseSolvedTickets } from '../../jobs/auto-close-solved-tickets.job';
import { purgeTrashedTickets } from '../../jobs/purge-trashed-tickets.job';
import { AttachmentStore } from '../../lib/attachment-store';
import { signedIn, type AgentClient } from '../../test/http-client';
import { createTestTicket, createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let ws: TestWorkspace;
let admin: AgentClient;
let agent: AgentClient;

interface ErrorRes {
  error: { code: string; message: string };
}
interface Page {
  items: Ticket[];
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await createTestWorkspace(server.database.db);
  admin = await signedIn(server.url, ws.admin);
  agent = await signedIn(server.url, ws.agent);
});
afterAll(() => server.close());

const db = () => server.database.db;
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function historyTypes(ticketId: string) {
  const res = await agent.get<{ items: PublicEvent[] }>(`/api/tickets/${ticketId}/history`);
  return res.body.items;
}

describe('trash and restore', () => {
  it('hides a trashed ticket from the inbox and brings it back with its status', async () => {
    const onHold = (
      await admin.post<CustomStatus>('/api/ticket-config/statuses', {
        category: 'on_hold',
        name: 'Proveedor',
      })
    ).body;
    const ticket = await createTestTicket(db(), ws.agent.ctx, { subject: 'Oferta de criptomonedas' });
    await agent.patch(`/api/tickets/${ticket.id}`, { customStatusId: onHold.id });

    const trashed = await agent.post<Ticket>(`/api/tickets/${ticket.id}/trash`, { reason: 'spam' });
    expect(trashed.status).toBe(200);
    expect(trashed.body).toMatchObject({ status: 'trashed', trashReason: 'spam' });
    expect(trashed.body.trashedAt).not.toBeNull();
    const inbox = await agent.get<Page>('/api/tickets?limit=200');
    expect(inbox.body.items.map((t) => t.id)).not.toContain(ticket.id);
    const trash = await agent.get<Page>('/api/tickets?status=trashed');
    expect(trash.body.items.map((t) => t.id)).toContain(ticket.id);
    const again = await agent.post<ErrorRes>(`/api/tickets/${ticket.id}/trash`, { reason: 'duplicate' });
    expect(again.status).toBe(409);

    const restored = await agent.post<Ticket>(`/api/tickets/${ticket.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({
      status: 'on_hold',
      customStatus: { id: onHold.id },
      trashedAt: null,
      trashReason: null,
    });
    expect((await agent.post(`/api/tickets/${ticket.id}/restore`)).status).toBe(409);

    const history = await historyTypes(ticket.id);
    expect(history.find((e) => e.type === 'ticket.trashed')?.changes).toEqual([
      { field: 'status', from: 'on_hold', to: 'trashed' },
      { field: 'trashReason', from: null, to: 'spam' },
    ]);
    expect(history.find((e) => e.type === 'ticket.restored')?.changes).toEqual([
      { field: 'status', from: 'trashed', to: 'on_hold' },
      { field: 'trashReason', from: 'spam', to: null },
    ]);
  });

  it('trashes closed tickets too, refuses bad reasons and other workspaces', async () => {
    const ticket = await createTestTicket(db(), ws.agent.ctx);
    await agent.patch(`/api/tickets/${ticket.id}`, { status: 'closed' });
    const trashed = await agent.post<Ticket>(`/api/tickets/${ticket.id}/trash`, { reason: 'duplicate' });
    expect(trashed.body.status).toBe('trashed');
    const restored = await agent.post<Ticket>(`/api/tickets/${ticket.id}/restore`);
    expect(restored.body.status).toBe('closed');

    expect((await agent.post(`/api/tickets/${ticket.id}/trash`, { reason: 'aburrido' })).status).toBe(400);
    const other = await createTestWorkspace(db());
    const stranger = await signedIn(server.url, other.agent);
    expect((await stranger.post(`/api/tickets/${ticket.id}/trash`, { reason: 'spam' })).status).toBe(404);
    expect((await stranger.post(`/api/tickets/${ticket.id}/restore`)).status).toBe(404);
  });
});

describe('the purge job', () => {
  it('deletes tickets trashed longer than the workspace retention, with their files, once', async () => {
    const local = await createTestWorkspace(db());
    const client = await signedIn(server.url, local.agent);
    await db().update(workspaces).set({ trashRetentionDays: 5 }).where(eq(workspaces.id, local.id));
    const old = await createTestTicket(db(), local.agent.ctx, { subject: 'Spam viejo' });
    const recent = await createTestTicket(db(), local.agent.ctx, { subject: 'Spam reciente' });
    const kept = await createTestTicket(db(), local.agent.ctx, { subject: 'No está en la papelera' });

    const form = new FormData();
    form.append('file', new Blob(['adjunto'], { type: 'text/plain' }), 'spam.txt');
    const upload = await client.request<Attachment>('POST', '/api/attachments', form);
    await client.post(`/api/tickets/${old.id}/messages`, {
      kind: 'note',
      bodyText: 'spam',
      attachmentIds: [upload.body.id],
    });
    const [file] = await db().select().from(attachments).where(eq(attachments.id, upload.body.id));
    const filePath = path.join(server.config.dataDir, 'attachments', file?.storageKey ?? 'missing');
    expect(await exists(filePath)).toBe(true);

    for (const t of [old, recent]) await client.post(`/api/tickets/${t.id}/trash`, { reason: 'spam' });
    await db().execute(sql`UPDATE tickets SET trashed_at = now() - interval '6 days' WHERE id = ${old.id}`);
    await db().execute(
      sql`UPDATE tickets SET trashed_at = now() - interval '4 days' WHERE id = ${recent.id}`,
    );
    await db().execute(sql`UPDATE tickets SET created_at = now() - interval '9 days' WHERE id = ${kept.id}`);

    const store = new AttachmentStore(path.join(server.config.dataDir, 'attachments'));
    await purgeTrashedTickets(db(), store, { workspaceIds: [local.id] });
    const left = await db().select({ id: tickets.id }).from(tickets).where(eq(tickets.workspaceId, local.id));
    expect(left.map((t) => t.id).sort()).toEqual([recent.id, kept.id].sort());
    expect(await db().select().from(messages).where(eq(messages.ticketId, old.id))).toEqual([]);
    expect(await db().select().from(attachments).where(eq(attachments.id, upload.body.id))).toEqual([]);
    expect(await exists(filePath)).toBe(false);
    const purged = await db()
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, local.id), eq(events.type, 'ticket.purged')));
    expect(purged.map((e) => e.ticketId)).toEqual([old.id]);
    expect(purged[0]?.actor).toMatchObject({ type: 'system' });

    // Idempotent: a second run finds nothing more of this workspace.
    await purgeTrashedTickets(db(), store, { workspaceIds: [local.id] });
    const purgedAgain = await db()
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, local.id), eq(events.type, 'ticket.purged')));
    expect(purgedAgain).toHaveLength(1);
    expect((await client.get(`/api/tickets/${recent.id}`)).status).toBe(200);
  });
});

describe('the auto-close job', () => {
  async function solvedDaysAgo(workspace: TestWorkspace, days: number) {
    const ticket = await createTestTicket(db(), workspace.agent.ctx);
    const client = await signedIn(server.url, workspace.agent);
    await client.patch(`/api/tickets/${ticket.id}`, { status: 'solved' });
    await db().execute(
      sql`UPDATE tickets SET solved_at = now() - make_interval(days => ${days}) WHERE id = ${ticket.id}`,
    );
    return ticket.id;
  }

  it('closes solved tickets after the workspace setting, as the system, once', async () => {
    const local = await createTestWorkspace(db());
    const never = await createTestWorkspace(db());
    await db().update(workspaces).set({ autoCloseAfterDays: 0 }).where(eq(workspaces.id, never.id));
    const due = await solvedDaysAgo(local, 5);
    const localAdmin = await signedIn(server.url, local.admin);
    const verified = (
      await localAdmin.post<CustomStatus>('/api/ticket-config/statuses', {
        category: 'solved',
        name: 'Verificado',
      })
    ).body;
    await localAdmin.patch(`/api/tickets/${due}`, { customStatusId: verified.id });
    const notYet = await solvedDaysAgo(local, 3);
    const off = await solvedDaysAgo(never, 90);

    await autoCloseSolvedTickets(db(), { workspaceIds: [local.id, never.id] });
    const rows = await db()
      .select({ id: tickets.id, status: tickets.status, closedAt: tickets.closedAt })
      .from(tickets)
      .where(inArray(tickets.id, [due, notYet, off]));
    const statusOf = (id: string) => rows.find((r) => r.id === id)?.status;
    expect(statusOf(due)).toBe('closed');
    expect(rows.find((r) => r.id === due)?.closedAt).not.toBeNull();
    expect(statusOf(notYet)).toBe('solved');
    expect(statusOf(off)).toBe('solved');

    const closes = async () =>
      (
        await db()
          .select()
          .from(events)
          .where(and(eq(events.ticketId, due), eq(events.type, 'ticket.updated')))
      ).filter((e) => JSON.stringify(e.changes).includes('"to":"closed"'));
    const first = await closes();
    expect(first).toHaveLength(1);
    expect(first[0]?.actor).toEqual({ type: 'system', name: 'Cierre automático' });
    expect(first[0]?.changes).toEqual([
      { field: 'status', from: 'solved', to: 'closed' },
      { field: 'customStatus', from: { id: verified.id, name: 'Verificado' }, to: null },
    ]);
    const [closedRow] = await db().select().from(tickets).where(eq(tickets.id, due));
    expect(closedRow?.customStatusId).toBeNull();
    await autoCloseSolvedTickets(db(), { workspaceIds: [local.id, never.id] });
    expect(await closes()).toHaveLength(1);
  });

  it('works through more tickets than one batch', async () => {
    const local = await createTestWorkspace(db());
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await solvedDaysAgo(local, 10));
    await autoCloseSolvedTickets(db(), { batchSize: 2, workspaceIds: [local.id] });
    const rows = await db().select({ status: tickets.status }).from(tickets).where(inArray(tickets.id, ids));
    expect(rows.map((r) => r.status)).toEqual(Array<string>(5).fill('closed'));
  });
});
