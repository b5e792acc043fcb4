import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Message } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, attachments, contacts, messages, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentMessage } from '../presenters/present-message';
import { loadMessageEmails } from './message-emails';

async function loadMessages(db: DbOrTx, where: SQL | undefined): Promise<Message[]> {
  const rows = await db
    .select({ message: messages, agentName: agents.name, contactName: contacts.name })
    .from(messages)
    .leftJoin(agents, eq(agents.id, messages.authorAgentId))
    .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
    .where(where)
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const ids = rows.map((r) => r.message.id);
  const files = ids.length
    ? await db
        .select()
        .from(attachments)
        .where(inArray(attachments.messageId, ids))
        .orderBy(asc(attachments.createdAt))
    : [];
  const emails = await loadMessageEmails(db, ids);
  return rows.map((r) =>
    presentMessage(
      r.message,
      r,
      files.filter((f) => f.messageId === r.message.id),
      emails.get(r.message.id),
    ),
  );
}

/** A ticket's conversation, oldest first; `not_found` if the ticket is not in the workspace. */
export async function listTicketMessages(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<Message[]> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  return loadMessages(db, and(eq(messages.workspaceId, ctx.workspaceId), eq(messages.ticketId, ticketId)));
}

/** One message of the caller's workspace. */
export async function getMessage(db: DbOrTx, ctx: AuthContext, messageId: string): Promise<Message> {
  const [message] = await loadMessages(
    db,
    and(eq(messages.workspaceId, ctx.workspaceId), eq(messages.id, messageId)),
  );
  if (!message) throw notFound('Message');
  return message;
}
