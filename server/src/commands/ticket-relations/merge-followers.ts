import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { contacts, ticketFollowers } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { AuthContext } from '../../lib/auth-context';
import type { LockedTicket } from './lock-tickets';

/**
 * Makes the sources' requesters and followers followers of the target (except the target's own
 * requester), so they keep receiving the replies of the conversation they were part of. Records
 * one `ticket.followers_changed` on the target when someone was added.
 */
export async function mergeFollowers(
  tx: Tx,
  ctx: AuthContext,
  target: LockedTicket,
  sources: readonly LockedTicket[],
): Promise<void> {
  const followers = await tx
    .select({ contactId: ticketFollowers.contactId })
    .from(ticketFollowers)
    .where(
      and(
        eq(ticketFollowers.workspaceId, ctx.workspaceId),
        inArray(
          ticketFollowers.ticketId,
          sources.map((s) => s.id),
        ),
      ),
    );
  const people = new Set([...sources.map((s) => s.requesterContactId), ...followers.map((f) => f.contactId)]);
  people.delete(target.requesterContactId);
  if (people.size === 0) return;
  const added = await tx
    .insert(ticketFollowers)
    .values(
      [...people].map((contactId) => ({ workspaceId: ctx.workspaceId, ticketId: target.id, contactId })),
    )
    .onConflictDoNothing()
    .returning({ contactId: ticketFollowers.contactId });
  if (added.length === 0) return;
  const names = await tx
    .select({ email: contacts.email, name: contacts.name })
    .from(contacts)
    .where(
      inArray(
        contacts.id,
        added.map((a) => a.contactId),
      ),
    );
  await recordEvent(tx, ctx, {
    type: 'ticket.followers_changed',
    ticketId: target.id,
    entityId: target.id,
    changes: [{ field: 'followers', from: null, to: names.map((n) => n.email ?? n.name) }],
  });
}
