import { inArray } from 'drizzle-orm';
import type { MessageEmail } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { messageEmails, outboundEmails } from '../db/schema';
import { presentMessageEmail } from '../presenters/present-message-email';

/**
 * Email details of the given messages (callers pass ids already scoped to the workspace), keyed by
 * message id; messages that never went by email are absent.
 */
export async function loadMessageEmails(
  db: DbOrTx,
  messageIds: readonly string[],
): Promise<Map<string, MessageEmail>> {
  const result = new Map<string, MessageEmail>();
  if (messageIds.length === 0) return result;
  const ids = [...messageIds];
  const [details, outbound] = await Promise.all([
    db.select().from(messageEmails).where(inArray(messageEmails.messageId, ids)),
    db.select().from(outboundEmails).where(inArray(outboundEmails.messageId, ids)),
  ]);
  const detailsById = new Map(details.map((row) => [row.messageId, row]));
  const outboundById = new Map(outbound.map((row) => [row.messageId, row]));
  for (const id of new Set([...detailsById.keys(), ...outboundById.keys()])) {
    result.set(id, presentMessageEmail(detailsById.get(id), outboundById.get(id)));
  }
  return result;
}
