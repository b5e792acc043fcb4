import { and, eq, inArray, notInArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { ticketLinks, tickets } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { AuthContext } from '../../lib/auth-context';
import { linkChange } from './link-change';
import type { LockedTicket } from './lock-tickets';

/** Links of the target in the incident hierarchy: is it an incident, does it have incidents. */
async function targetRole(tx: Tx, targetId: string) {
  const rows = await tx
    .select({ sourceTicketId: ticketLinks.sourceTicketId })
    .from(ticketLinks)
    .where(
      and(
        eq(ticketLinks.kind, 'incident'),
        or(eq(ticketLinks.sourceTicketId, targetId), eq(ticketLinks.targetTicketId, targetId)),
      ),
    );
  return {
    isIncident: rows.some((r) => r.sourceTicketId === targetId),
    isProblem: rows.some((r) => r.sourceTicketId !== targetId),
  };
}

/**
 * Keeps problem/incident links working after a merge, within the one-level rule: incidents of a
 * merged source become incidents of the target (unless the target is itself an incident), and
 * when a source was an incident, the target becomes an incident of that problem (if the target
 * has no place in a hierarchy yet). Links that would break the rule stay on the closed source.
 * Each moved link records `ticket.linked` on both of its new ends.
 */
export async function mergeIncidentLinks(
  tx: Tx,
  ctx: AuthContext,
  target: LockedTicket,
  sources: readonly LockedTicket[],
): Promise<void> {
  const sourceIds = sources.map((s) => s.id);
  const role = await targetRole(tx, target.id);
  const moved: { id: string; incidentId: string; problemId: string }[] = [];
  if (!role.isIncident) {
    const incidents = await tx
      .update(ticketLinks)
      .set({ targetTicketId: target.id })
      .where(
        and(
          eq(ticketLinks.workspaceId, ctx.workspaceId),
          eq(ticketLinks.kind, 'incident'),
          inArray(ticketLinks.targetTicketId, sourceIds),
          notInArray(ticketLinks.sourceTicketId, [...sourceIds, target.id]),
        ),
      )
      .returning({ id: ticketLinks.id, incidentId: ticketLinks.sourceTicketId });
    moved.push(...incidents.map((l) => ({ ...l, problemId: target.id })));
  }
  if (!role.isIncident && !role.isProblem && moved.length === 0) {
    const [asIncident] = await tx
      .select({ id: ticketLinks.id, problemId: ticketLinks.targetTicketId })
      .from(ticketLinks)
      .where(
        and(
          eq(ticketLinks.workspaceId, ctx.workspaceId),
          eq(ticketLinks.kind, 'incident'),
          inArray(ticketLinks.sourceTicketId, sourceIds),
          notInArray(ticketLinks.targetTicketId, [...sourceIds, target.id]),
        ),
      )
      .orderBy(ticketLinks.createdAt)
      .limit(1);
    if (asIncident) {
      await tx
        .update(ticketLinks)
        .set({ sourceTicketId: target.id })
        .where(eq(ticketLinks.id, asIncident.id));
      moved.push({ id: asIncident.id, incidentId: target.id, problemId: asIncident.problemId });
    }
  }
  if (moved.length === 0) return;
  const ends = await tx
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject })
    .from(tickets)
    .where(inArray(tickets.id, [...new Set(moved.flatMap((m) => [m.incidentId, m.problemId]))]));
  const end = (id: string) => ends.find((e) => e.id === id) ?? { id, number: 0, subject: '' };
  for (const link of moved) {
    const incident = end(link.incidentId);
    const problem = end(link.problemId);
    await recordEvent(tx, ctx, {
      type: 'ticket.linked',
      ticketId: incident.id,
      entityId: link.id,
      changes: [linkChange('incident', 'outgoing', problem)],
    });
    await recordEvent(tx, ctx, {
      type: 'ticket.linked',
      ticketId: problem.id,
      entityId: link.id,
      changes: [linkChange('incident', 'incoming', incident)],
    });
  }
}
