import type pg from 'pg';

/** loadMessages(): a ticket's messages with author names, oldest first (Drizzle's exact text). */
const SELECT_MESSAGES =
  'select "messages"."id", "messages"."workspace_id", "messages"."ticket_id", "messages"."kind", "messages"."channel", ' +
  '"messages"."author_type", "messages"."author_agent_id", "messages"."author_contact_id", "messages"."body_text", ' +
  '"messages"."body_html", "messages"."created_at", "agents"."name", "contacts"."name" from "messages" ' +
  'left join "agents" on "agents"."id" = "messages"."author_agent_id" ' +
  'left join "contacts" on "contacts"."id" = "messages"."author_contact_id"';

const SELECT_ATTACHMENTS =
  'select "id", "workspace_id", "message_id", "filename", "content_type", "size", "sha256", "storage_key", ' +
  '"uploaded_by_agent_id", "created_at" from "attachments" where "attachments"."message_id" in ';

async function withAttachments(client: pg.ClientBase, rows: { id: string }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const list = rows.map((_r, i) => `$${i + 1}`).join(', ');
  await client.query(
    `${SELECT_ATTACHMENTS}(${list}) order by "attachments"."created_at" asc`,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/** listTicketMessages(): the existence check, the thread, and its attachments. Returns the count. */
export async function rawTicketMessages(
  client: pg.ClientBase,
  workspaceId: string,
  ticketId: string,
): Promise<number> {
  const found = await client.query(
    'select "id" from "tickets" where ("tickets"."workspace_id" = $1 and "tickets"."id" = $2)',
    [workspaceId, ticketId],
  );
  if (found.rowCount === 0) throw new Error(`ticket ${ticketId} not found`);
  const rows = await client.query<{ id: string }>(
    `${SELECT_MESSAGES} where ("messages"."workspace_id" = $1 and "messages"."ticket_id" = $2) order by "messages"."created_at" asc, "messages"."id" asc`,
    [workspaceId, ticketId],
  );
  return withAttachments(client, rows.rows);
}

/** getMessage(): one message with author names and attachments. */
export async function rawGetMessage(
  client: pg.ClientBase,
  workspaceId: string,
  messageId: string,
): Promise<void> {
  const rows = await client.query<{ id: string }>(
    `${SELECT_MESSAGES} where ("messages"."workspace_id" = $1 and "messages"."id" = $2) order by "messages"."created_at" asc, "messages"."id" asc`,
    [workspaceId, messageId],
  );
  await withAttachments(client, rows.rows);
}
