import type { DbOrTx } from '../../../db/database';
import { ticketFollowers } from '../../../db/schema';
import { findOrCreateContactByEmail } from '../../../commands/crm/create-contact';
import { recordEvent } from '../../../events/record-event';
import { systemContext, type AuthContext } from '../../../lib/auth-context';
import type { ParsedEmail } from '../parse/parsed-email';
import { plausibleAddress, storableText } from '../clean-text';

/** More Cc'd people than this on one message are ignored (a mass mailing is not a conversation). */
const MAX_NEW_FOLLOWERS = 20;

/**
 * Keeps the people copied on an inbound message (To and Cc, minus our own addresses, the sender
 * and `skip`) as followers of the ticket, creating contacts for unknown addresses. Records one
 * `ticket.followers_changed` when someone was added. Returns the added addresses.
 */
export async function addCcFollowers(
  tx: DbOrTx,
  ctx: AuthContext,
  ticketId: string,
  parsed: ParsedEmail,
  skip: (address: string) => boolean,
): Promise<string[]> {
  const seen = new Set<string>();
  const people: { address: string; name: string }[] = [];
  for (const entry of [...parsed.to, ...parsed.cc]) {
    const address = plausibleAddress(entry.address);
    if (address === null || seen.has(address) || skip(address)) continue;
    seen.add(address);
    people.push({ address, name: storableText(entry.name).trim().slice(0, 200) });
  }
  const added: string[] = [];
  for (const person of people.slice(0, MAX_NEW_FOLLOWERS)) {
    const contact = await findOrCreateContactByEmail(
      tx,
      systemContext(ctx.workspaceId),
      person.address,
      person.name || undefined,
    );
    const inserted = await tx
      .insert(ticketFollowers)
      .values({ workspaceId: ctx.workspaceId, ticketId, contactId: contact.id })
      .onConflictDoNothing()
      .returning({ contactId: ticketFollowers.contactId });
    if (inserted.length > 0) added.push(person.address);
  }
  if (added.length > 0) {
    await recordEvent(tx, ctx, {
      type: 'ticket.followers_changed',
      ticketId,
      entityId: ticketId,
      changes: [{ field: 'followers', from: null, to: added }],
    });
  }
  return added;
}
