import type { Channel } from '@atiende/contracts';
import type { Tx } from '../../db/database';
import { messages } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { AuthContext } from '../../lib/auth-context';
import { textToHtml } from '../../lib/message-html';

/**
 * An internal note written by Atiende itself (author `system`) explaining what happened to a
 * ticket, e.g. "merged into #12". Records `message.created`; the caller refreshes the counts.
 */
export async function addSystemNote(
  tx: Tx,
  ctx: AuthContext,
  ticket: { id: string; channel: Channel },
  text: string,
): Promise<string> {
  const [note] = await tx
    .insert(messages)
    .values({
      workspaceId: ctx.workspaceId,
      ticketId: ticket.id,
      kind: 'note',
      channel: ticket.channel,
      authorType: 'system',
      authorAgentId: null,
      authorContactId: null,
      bodyText: text,
      bodyHtml: textToHtml(text),
      createdAt: new Date(),
    })
    .returning({ id: messages.id });
  if (!note) throw new Error('note insert returned nothing');
  await recordEvent(tx, ctx, {
    type: 'message.created',
    ticketId: ticket.id,
    entityId: note.id,
    changes: [{ field: 'kind', from: null, to: 'note' }],
  });
  return note.id;
}
