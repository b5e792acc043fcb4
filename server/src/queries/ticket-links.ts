import { and, eq, or, type SQL } from 'drizzle-orm';
import type { TicketLink } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { ticketLinks, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentTicketLink, type TicketLinkRow } from '../presenters/present-ticket-link';

const otherColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
};

/** Links matching `where`, each joined with the ticket at the end named by `otherEnd`. */
async function linkRows(
  db: DbOrTx,
  where: SQL | undefined,
  otherEnd: 'source' | 'target',
): Promise<TicketLinkRow[]> {
  const otherId = otherEnd === 'target' ? ticketLinks.targetTicketId : ticketLinks.sourceTicketId;
  return db
    .select({
      id: ticketLinks.id,
      kind: ticketLinks.kind,
      sourceTicketId: ticketLinks.sourceTicketId,
      createdAt: ticketLinks.createdAt,
      other: otherColumns,
    })
    .from(ticketLinks)
    .innerJoin(tickets, eq(tickets.id, otherId))
    .where(where);
}

/**
 * Every link of a ticket in both directions, oldest first, as seen from that ticket (`direction`
 * says which end it is). `not_found` when the ticket is not in the caller's workspace.
 */
export async function listTicketLinks(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<TicketLink[]> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const inWorkspace = eq(ticketLinks.workspaceId, ctx.workspaceId);
  const rows = [
    ...(await linkRows(db, and(inWorkspace, eq(ticketLinks.sourceTicketId, ticketId)), 'target')),
    ...(await linkRows(db, and(inWorkspace, eq(ticketLinks.targetTicketId, ticketId)), 'source')),
  ];
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return rows.map((row) => presentTicketLink(row, ticketId));
}

/** One link of the workspace that has `ticketId` at either end, presented from that ticket; or null. */
export async function findTicketLink(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  linkId: string,
): Promise<TicketLink | null> {
  const where = (end: 'source' | 'target') =>
    and(
      eq(ticketLinks.workspaceId, ctx.workspaceId),
      eq(ticketLinks.id, linkId),
      eq(end === 'source' ? ticketLinks.sourceTicketId : ticketLinks.targetTicketId, ticketId),
    );
  const [outgoing] = await linkRows(db, where('source'), 'target');
  if (outgoing) return presentTicketLink(outgoing, ticketId);
  const [incoming] = await linkRows(db, where('target'), 'source');
  return incoming ? presentTicketLink(incoming, ticketId) : null;
}

/** The link rows between two tickets (either direction), for duplicate and rule checks. */
export function linksBetween(db: DbOrTx, workspaceId: string, a: string, b: string) {
  return db
    .select({ id: ticketLinks.id, kind: ticketLinks.kind, sourceTicketId: ticketLinks.sourceTicketId })
    .from(ticketLinks)
    .where(
      and(
        eq(ticketLinks.workspaceId, workspaceId),
        or(
          and(eq(ticketLinks.sourceTicketId, a), eq(ticketLinks.targetTicketId, b)),
          and(eq(ticketLinks.sourceTicketId, b), eq(ticketLinks.targetTicketId, a)),
        ),
      ),
    );
}
