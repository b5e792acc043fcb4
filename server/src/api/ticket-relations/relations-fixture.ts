import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { inject } from 'vitest';
import type { Message, PublicEvent, Ticket } from '@atiende/contracts';
import { createMailbox } from '../../commands/email/create-mailbox';
import { outboundEmails } from '../../db/schema';
import { ensureJobQueues } from '../../jobs/job-runner';
import { createTestWorkspace, type TestWorkspace } from '../../test/factories';
import { signedIn, type AgentClient } from '../../test/http-client';
import { startTestServer, type TestServer } from '../../test/test-server';

export interface ErrorRes {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

/** A workspace with a mailbox (so public replies on email tickets are really queued) and a signed-in agent. */
export interface RelationsTenant {
  ws: TestWorkspace;
  agent: AgentClient;
}

/**
 * The real HTTP server with its own pg-boss schema whose queues exist, so commands that queue
 * outbound email (merge notices, solve-incidents replies) write real outbox rows and jobs.
 * Nothing works the queues: the tests look at what was queued.
 */
export async function startRelationsServer(): Promise<TestServer> {
  const schema = `jobs_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await ensureJobQueues(inject('databaseUrl'), schema);
  return startTestServer({ JOBS_SCHEMA: schema, EMAIL_REPLY_DOMAIN: 'reply.atiende.test' });
}

/** A fresh tenant with an active mailbox, and its agent signed in over HTTP. */
export async function createTenant(server: TestServer): Promise<RelationsTenant> {
  const ws = await createTestWorkspace(server.database.db);
  await createMailbox(server.database.db, ws.admin.ctx, {
    name: 'Soporte',
    address: `soporte-${randomUUID().slice(0, 8)}@empresa.test`,
    fromName: 'Soporte',
    teamId: null,
    active: true,
    autoAcknowledge: false,
    autoAckTemplates: {},
    smtp: null,
    imap: null,
  });
  return { ws, agent: await signedIn(server.url, ws.agent) };
}

/** Opens an email ticket over HTTP for a new (or the given) requester. */
export async function openTicket(
  client: AgentClient,
  overrides: Record<string, unknown> = {},
): Promise<Ticket> {
  const res = await client.post<Ticket>('/api/tickets', {
    subject: 'Factura duplicada',
    body: 'Me cobraron dos veces la factura de octubre.',
    requester: { email: `cliente-${randomUUID().slice(0, 8)}@cliente.example`, name: 'Cliente' },
    channel: 'email',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`ticket create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Adds a message over HTTP and returns it. */
export async function addMessage(
  client: AgentClient,
  ticketId: string,
  bodyText: string,
  kind: 'reply' | 'note' = 'reply',
): Promise<Message> {
  const res = await client.post<Message>(`/api/tickets/${ticketId}/messages`, { kind, bodyText });
  if (res.status !== 201) throw new Error(`message failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function getTicket(client: AgentClient, id: string): Promise<Ticket> {
  return (await client.get<Ticket>(`/api/tickets/${id}`)).body;
}

export async function messagesOf(client: AgentClient, id: string): Promise<Message[]> {
  return (await client.get<{ items: Message[] }>(`/api/tickets/${id}/messages`)).body.items;
}

export async function historyOf(client: AgentClient, id: string): Promise<PublicEvent[]> {
  return (await client.get<{ items: PublicEvent[] }>(`/api/tickets/${id}/history`)).body.items;
}

/** Outbox rows queued for these tickets, oldest first. */
export function outboxOf(server: TestServer, ticketIds: string[]) {
  return server.database.db
    .select({
      ticketId: outboundEmails.ticketId,
      to: outboundEmails.toAddresses,
      cc: outboundEmails.ccAddresses,
      messageId: outboundEmails.messageId,
    })
    .from(outboundEmails)
    .where(and(inArray(outboundEmails.ticketId, ticketIds), eq(outboundEmails.kind, 'reply')))
    .orderBy(outboundEmails.createdAt);
}
