import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '@atiende/server/src/db/database';
import * as schema from '@atiende/server/src/db/schema';
import { applySlaToTickets } from '@atiende/server/src/sla/apply-sla';
import { rawGetMessage } from './messages-sql';
import { getTicketStatement } from './ticket-select';

/** The actor stamped on events, as the server's AuthContext has it. */
export interface RawActor {
  workspaceId: string;
  agentId: string;
  agentName: string;
}

interface EventRow {
  id: string;
  workspace_id: string;
  type: string;
  ticket_id: string | null;
  entity_id: string | null;
  actor: unknown;
  changes: unknown;
  created_at: Date;
}

/** The events after which the server's in-transaction SLA processor recomputes the ticket's clocks. */
const SLA_EVENTS = new Set(['ticket.created', 'ticket.updated', 'message.created']);
const drizzles = new WeakMap<pg.PoolClient, Db>();

/**
 * The server's SLA recompute of one ticket, run on the twin's own connection and transaction.
 * Clocks need business-time arithmetic that SQL alone does not do, so the twin calls the server's
 * `applySlaToTickets` (its two statements, plus Drizzle and the computation in this process):
 * the database work is the same as the server's, and the ratio still measures HTTP, auth,
 * validation and presentation.
 */
async function rawApplySla(client: pg.PoolClient, workspaceId: string, ticketId: string): Promise<void> {
  let db = drizzles.get(client);
  if (!db) {
    db = drizzle({ client, schema });
    drizzles.set(client, db);
  }
  await applySlaToTickets(db, workspaceId, [ticketId]);
}

/**
 * recordEvent(): insert the event, then NOTIFY with the presented event (delivered at commit),
 * then the in-transaction processors the server runs (the SLA recompute; surveys only react to
 * solves, which no twin does).
 */
export async function recordEvent(
  client: pg.PoolClient,
  actor: RawActor,
  type: string,
  ticketId: string,
  entityId: string,
  changes: unknown[],
): Promise<void> {
  const inserted = await client.query<EventRow>(
    'insert into "events" ("id", "workspace_id", "type", "ticket_id", "entity_id", "actor", "changes", "created_at") ' +
      'values (default, $1, $2, $3, $4, $5, $6, default) returning "id", "workspace_id", "type", "ticket_id", "entity_id", "actor", "changes", "created_at"',
    [
      actor.workspaceId,
      type,
      ticketId,
      entityId,
      JSON.stringify({ type: 'agent', id: actor.agentId, name: actor.agentName }),
      JSON.stringify(changes),
    ],
  );
  const row = inserted.rows[0];
  if (!row) throw new Error('event insert returned nothing');
  const payload = JSON.stringify({
    workspaceId: row.workspace_id,
    event: {
      id: row.id,
      type: row.type,
      ticketId: row.ticket_id,
      entityId: row.entity_id,
      actor: row.actor,
      changes: row.changes,
      createdAt: row.created_at.toISOString(),
    },
  });
  await client.query('SELECT pg_notify($1, $2)', ['atiende_events', payload]);
  if (SLA_EVENTS.has(type)) await rawApplySla(client, actor.workspaceId, ticketId);
}

/** Runs `work` between BEGIN and COMMIT on `client`, rolling back when it throws. */
export async function inTransaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Input of a ticket creation, already validated (the API's zod work is not part of the limit). */
export interface RawTicketInput {
  requesterEmail: string;
  subject: string;
  body: string;
  bodyHtml: string;
  priority: string;
  channel: string;
}

/**
 * createTicket() + getTicket() as plain SQL: requester lookup, ticket number under the workspace
 * row lock, ticket, first message, two events with NOTIFY, commit, then the presented ticket.
 * Returns the ticket id.
 */
export async function rawCreateTicket(
  client: pg.PoolClient,
  actor: RawActor,
  input: RawTicketInput,
): Promise<string> {
  const ws = actor.workspaceId;
  const id = await inTransaction(client, async () => {
    const contact = await client.query<{ id: string; company_id: string | null }>(
      'select "id", "company_id" from "contacts" where ("contacts"."workspace_id" = $1 and lower("contacts"."email") = $2) limit $3',
      [ws, input.requesterEmail.toLowerCase(), 1],
    );
    const requester = contact.rows[0];
    if (!requester) throw new Error(`no contact ${input.requesterEmail}`);
    const seq = await client.query<{ ticket_seq: number }>(
      'update "workspaces" set "ticket_seq" = "workspaces"."ticket_seq" + 1 where "workspaces"."id" = $1 returning "ticket_seq"',
      [ws],
    );
    const number = seq.rows[0]?.ticket_seq;
    const now = new Date().toISOString();
    const ticket = await client.query<{ id: string }>(
      'insert into "tickets" ("id", "workspace_id", "number", "subject", "status", "priority", "type", "channel", ' +
        '"requester_contact_id", "company_id", "assignee_agent_id", "team_id", "tags", "message_count", "created_at", ' +
        '"updated_at", "first_response_at", "solved_at", "closed_at", "last_message_at") values (default, $1, $2, $3, $4, $5, ' +
        '$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, default, default, default, $16) returning "id"',
      [
        ws,
        number,
        input.subject,
        'new',
        input.priority,
        null,
        input.channel,
        requester.id,
        requester.company_id,
        null,
        null,
        '{}',
        1,
        now,
        now,
        now,
      ],
    );
    const ticketId = ticket.rows[0]?.id;
    if (!ticketId) throw new Error('ticket insert returned nothing');
    const message = await client.query<{ id: string }>(
      'insert into "messages" ("id", "workspace_id", "ticket_id", "kind", "channel", "author_type", "author_agent_id", ' +
        '"author_contact_id", "body_text", "body_html", "created_at") values (default, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning "id"',
      [ws, ticketId, 'reply', input.channel, 'contact', null, requester.id, input.body, input.bodyHtml, now],
    );
    await recordEvent(client, actor, 'ticket.created', ticketId, ticketId, [
      { field: 'number', from: null, to: number },
      { field: 'subject', from: null, to: input.subject },
      { field: 'status', from: null, to: 'new' },
      { field: 'priority', from: null, to: input.priority },
      { field: 'channel', from: null, to: input.channel },
    ]);
    await recordEvent(client, actor, 'message.created', ticketId, message.rows[0]?.id ?? ticketId, [
      { field: 'kind', from: null, to: 'reply' },
    ]);
    return ticketId;
  });
  const read = getTicketStatement(ws, id);
  await client.query(read.text, read.values);
  return id;
}

interface LockedTicket {
  status: string;
  channel: string;
  first_response_at: Date | null;
}

/**
 * addMessage() + getMessage() as plain SQL for an agent's public reply: lock the ticket, insert the
 * message, bump the ticket (opening it and stamping the first response when due), record events.
 */
export async function rawReply(
  client: pg.PoolClient,
  actor: RawActor,
  ticketId: string,
  bodyText: string,
  bodyHtml: string,
): Promise<void> {
  const ws = actor.workspaceId;
  const messageId = await inTransaction(client, async () => {
    const locked = await client.query<LockedTicket>(
      'select "id", "workspace_id", "number", "subject", "status", "priority", "priority_rank", "type", "channel", ' +
        '"requester_contact_id", "company_id", "assignee_agent_id", "team_id", "tags", "message_count", "created_at", ' +
        '"updated_at", "first_response_at", "solved_at", "closed_at", "last_message_at", "search_vector" from "tickets" ' +
        'where ("tickets"."workspace_id" = $1 and "tickets"."id" = $2) for update',
      [ws, ticketId],
    );
    const ticket = locked.rows[0];
    if (!ticket) throw new Error(`ticket ${ticketId} not found`);
    if (ticket.status === 'closed') throw new Error('a closed ticket cannot receive messages');
    const now = new Date().toISOString();
    const inserted = await client.query<{ id: string }>(
      'insert into "messages" ("id", "workspace_id", "ticket_id", "kind", "channel", "author_type", "author_agent_id", ' +
        '"author_contact_id", "body_text", "body_html", "created_at") values (default, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning "id"',
      [ws, ticketId, 'reply', ticket.channel, 'agent', actor.agentId, null, bodyText, bodyHtml, now],
    );
    const id = inserted.rows[0]?.id;
    if (!id) throw new Error('message insert returned nothing');
    const opens = ticket.status === 'new';
    const firstResponse = ticket.first_response_at === null;
    const sets = [
      '"message_count" = "tickets"."message_count" + 1',
      '"updated_at" = $2',
      '"last_message_at" = $2',
    ];
    if (opens) sets.push(`"status" = 'open'`);
    if (firstResponse) sets.push('"first_response_at" = $2');
    await client.query(`update "tickets" set ${sets.join(', ')} where "tickets"."id" = $1`, [ticketId, now]);
    await recordEvent(client, actor, 'message.created', ticketId, id, [
      { field: 'kind', from: null, to: 'reply' },
    ]);
    if (opens) {
      await recordEvent(client, actor, 'ticket.updated', ticketId, ticketId, [
        { field: 'status', from: 'new', to: 'open' },
      ]);
    }
    return id;
  });
  await rawGetMessage(client, ws, messageId);
}
