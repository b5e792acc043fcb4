import { and, eq } from 'drizzle-orm';
import type { CreateTicketLinkInput, TicketLink } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { isUniqueViolation } from '../../db/pg-errors';
import { ticketLinks, tickets } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import { AppError, invalidField, notFound } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { authorize } from '../../policies/abilities';
import { findTicketLink, linksBetween } from '../../queries/ticket-links';
import { linkChange } from '../ticket-relations/link-change';
import { lockedTicket, lockTickets, type LockedTicket } from '../ticket-relations/lock-tickets';

/** The number of the problem a ticket is an incident of, or of one of its incidents. */
async function incidentNeighbour(tx: Tx, ticketId: string, end: 'asIncident' | 'asProblem') {
  const [row] = await tx
    .select({ number: tickets.number })
    .from(ticketLinks)
    .innerJoin(
      tickets,
      eq(tickets.id, end === 'asIncident' ? ticketLinks.targetTicketId : ticketLinks.sourceTicketId),
    )
    .where(
      and(
        eq(ticketLinks.kind, 'incident'),
        eq(end === 'asIncident' ? ticketLinks.sourceTicketId : ticketLinks.targetTicketId, ticketId),
      ),
    )
    .limit(1);
  return row?.number ?? null;
}

/**
 * Problem/incident rules: an incident has one problem, an incident cannot have incidents of its
 * own, and a problem cannot be an incident of another problem (one level, like every help desk).
 */
async function assertIncidentRules(tx: Tx, incident: LockedTicket, problem: LockedTicket): Promise<void> {
  const currentProblem = await incidentNeighbour(tx, incident.id, 'asIncident');
  if (currentProblem !== null) {
    throw new AppError('conflict', `#${incident.number} is already an incident of #${currentProblem}`);
  }
  if ((await incidentNeighbour(tx, incident.id, 'asProblem')) !== null) {
    throw new AppError(
      'conflict',
      `#${incident.number} is a problem with incidents; it cannot be an incident`,
    );
  }
  const problemOfProblem = await incidentNeighbour(tx, problem.id, 'asIncident');
  if (problemOfProblem !== null) {
    throw new AppError(
      'conflict',
      `#${problem.number} is itself an incident of #${problemOfProblem}; link to that problem instead`,
    );
  }
}

/**
 * Links the ticket in the URL to another one by hand: `related` (symmetric: one link per pair,
 * whichever way) or `incident` (the URL ticket is the incident, `targetTicketId` its problem).
 * No self links (400), no duplicates (409), nothing in the trash (409). Records `ticket.linked` on
 * both tickets so each history shows it. Returns the link as seen from the URL ticket.
 */
export async function linkTickets(
  db: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  input: CreateTicketLinkInput,
): Promise<TicketLink> {
  authorize(ctx, 'tickets.write');
  if (input.targetTicketId === ticketId) {
    throw invalidField('targetTicketId', 'A ticket cannot be linked to itself');
  }
  let linkId: string;
  try {
    linkId = await db.transaction(async (tx) => {
      const locked = await lockTickets(tx, ctx, [ticketId, input.targetTicketId]);
      const self = lockedTicket(locked, ticketId);
      const other = lockedTicket(locked, input.targetTicketId);
      for (const t of [self, other]) {
        if (t.status === 'trashed') throw new AppError('conflict', `#${t.number} is in the trash`);
      }
      const between = await linksBetween(tx, ctx.workspaceId, self.id, other.id);
      if (between.some((l) => l.kind === 'related' || l.kind === 'incident')) {
        throw new AppError('conflict', `#${self.number} and #${other.number} are already linked`);
      }
      if (input.kind === 'incident') await assertIncidentRules(tx, self, other);

      const [link] = await tx
        .insert(ticketLinks)
        .values({
          workspaceId: ctx.workspaceId,
          sourceTicketId: self.id,
          targetTicketId: other.id,
          kind: input.kind,
          createdByAgentId: ctx.agentId,
        })
        .returning({ id: ticketLinks.id });
      if (!link) throw new Error('link insert returned nothing');
      await recordEvent(tx, ctx, {
        type: 'ticket.linked',
        ticketId: self.id,
        entityId: link.id,
        changes: [linkChange(input.kind, 'outgoing', other)],
      });
      await recordEvent(tx, ctx, {
        type: 'ticket.linked',
        ticketId: other.id,
        entityId: link.id,
        changes: [linkChange(input.kind, 'incoming', self)],
      });
      return link.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'These tickets are already linked');
    throw error;
  }
  const link = await findTicketLink(db, ctx, ticketId, linkId);
  if (!link) throw notFound('Link');
  return link;
}
