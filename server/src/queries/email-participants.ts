import { and, asc, eq } from 'drizzle-orm';
import type { ContactEmailStatus, TicketFollower } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { contactEmailStatus, contacts, ticketFollowers, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { authorize } from '../policies/abilities';

/** People copied on a ticket's email thread, in the order they joined. */
export async function listTicketFollowers(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
): Promise<TicketFollower[]> {
  authorize(ctx, 'tickets.read');
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const rows = await db
    .select({
      contactId: contacts.id,
      name: contacts.name,
      email: contacts.email,
      createdAt: ticketFollowers.createdAt,
    })
    .from(ticketFollowers)
    .innerJoin(contacts, eq(contacts.id, ticketFollowers.contactId))
    .where(and(eq(ticketFollowers.workspaceId, ctx.workspaceId), eq(ticketFollowers.ticketId, ticketId)))
    .orderBy(asc(ticketFollowers.createdAt), asc(contacts.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** Whether mail to a contact bounced (`failing`, with the reason) or not (`ok`). */
export async function getContactEmailStatus(
  db: DbOrTx,
  ctx: AuthContext,
  contactId: string,
): Promise<ContactEmailStatus> {
  authorize(ctx, 'tickets.read');
  const [row] = await db
    .select({
      status: contactEmailStatus.status,
      reason: contactEmailStatus.reason,
      updatedAt: contactEmailStatus.updatedAt,
    })
    .from(contacts)
    .leftJoin(contactEmailStatus, eq(contactEmailStatus.contactId, contacts.id))
    .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, contactId)));
  if (!row) throw notFound('Contact');
  return {
    status: row.status ?? 'ok',
    reason: row.reason ?? null,
    updatedAt: row.updatedAt ? row.updatedAt.toISOString() : null,
  };
}
