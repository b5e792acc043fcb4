import type { TicketLink, TicketLinkKind, TicketRef, TicketStatus } from '@atiende/contracts';

/** A `ticket_links` row joined with the ticket on the other end, as seen from one ticket. */
export interface TicketLinkRow {
  id: string;
  kind: TicketLinkKind;
  sourceTicketId: string;
  createdAt: Date;
  other: { id: string; number: number; subject: string; status: TicketStatus };
}

/** Enough of a ticket to show and open it (the other end of a link, a merge or a split). */
export function presentTicketRef(ticket: TicketLinkRow['other']): TicketRef {
  return { id: ticket.id, number: ticket.number, subject: ticket.subject, status: ticket.status };
}

/**
 * The only way a link leaves the server: from the point of view of `viewerTicketId`, `outgoing`
 * when that ticket is the link's source (an incident pointing at its problem, a split pointing at
 * its origin), `incoming` otherwise, with the ticket on the other end.
 */
export function presentTicketLink(row: TicketLinkRow, viewerTicketId: string): TicketLink {
  return {
    id: row.id,
    kind: row.kind,
    direction: row.sourceTicketId === viewerTicketId ? 'outgoing' : 'incoming',
    ticket: presentTicketRef(row.other),
    createdAt: row.createdAt.toISOString(),
  };
}
