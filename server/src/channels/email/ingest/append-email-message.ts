import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database';
import { tickets } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import type { AuthContext } from '../../../lib/auth-context';
import { countNewMessage } from '../../../commands/tickets/count-new-message';

/**
 * Adds an inbound email to an existing ticket (under a row lock), with the same rules as any
 * customer message (`countNewMessage`): a solved or pending ticket reopens (`ticket.updated`;
 * solved_at, resolution and custom status cleared). Returns null when the ticket was closed
 * meanwhile, so the caller opens a follow-up instead.
 */
export async function appendEmailMessage(
  tx: Tx,
  ctx: AuthContext,
  ticketId: string,
  writeMessage: (ticketId: string) => Promise<string>,
): Promise<{ messageId: string; reopened: boolean } | null> {
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
  if (!ticket || ticket.status === 'closed') return null;
  const messageId = await writeMessage(ticketId);
  const changes = await countNewMessage(tx, ticket, { authorType: 'contact', kind: 'reply', at: new Date() });
  await recordEvent(tx, ctx, {
    type: 'message.created',
    ticketId,
    entityId: messageId,
    changes: [{ field: 'kind', from: null, to: 'reply' }],
  });
  if (changes.length > 0) {
    await recordEvent(tx, ctx, { type: 'ticket.updated', ticketId, entityId: ticketId, changes });
  }
  return { messageId, reopened: changes.length > 0 };
}
