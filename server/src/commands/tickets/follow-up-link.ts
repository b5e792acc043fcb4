import type { Tx } from '../../db/database';
import { ticketLinks } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { linkChange } from '../ticket-relations/link-change';

interface LinkEnd {
  id: string;
  number: number;
  subject: string;
}

/**
 * Links a new ticket to the closed one it follows up (`follow_up_of`, source = the new ticket), so
 * both ticket views show the link, and records `ticket.linked` on each ticket's history. Used by
 * agent follow-ups and by customer emails answering a closed ticket. Idempotent on the pair.
 */
export async function linkFollowUp(
  tx: Tx,
  ctx: AuthContext,
  followUp: LinkEnd,
  closed: LinkEnd,
): Promise<void> {
  const [link] = await tx
    .insert(ticketLinks)
    .values({
      workspaceId: ctx.workspaceId,
      sourceTicketId: followUp.id,
      targetTicketId: closed.id,
      kind: 'follow_up_of',
      createdByAgentId: ctx.agentId,
    })
    .onConflictDoNothing()
    .returning({ id: ticketLinks.id });
  if (!link) return;
  await recordEvent(tx, ctx, {
    type: 'ticket.linked',
    ticketId: followUp.id,
    entityId: link.id,
    changes: [linkChange('follow_up_of', 'outgoing', closed)],
  });
  await recordEvent(tx, ctx, {
    type: 'ticket.linked',
    ticketId: closed.id,
    entityId: link.id,
    changes: [linkChange('follow_up_of', 'incoming', followUp)],
  });
}
