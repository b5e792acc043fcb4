import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TicketStatus } from '@atiende/contracts';
import type { DbOrTx } from '../../../db/database';
import { contacts, emailMessageIds, emailThreads, tickets } from '../../../db/schema';
import type { ParsedEmail } from '../parse/parsed-email';
import { candidateMessageIds, extractReplyToken, extractSubjectTicketNumber } from '../thread/thread-keys';
import { storableMessageId } from '../clean-text';

/** How a message found its ticket, in the order the rules are tried. */
export type ThreadVia = 'reply_token' | 'our_message_id' | 'references' | 'subject_token';

export interface ThreadMatch {
  ticketId: string;
  number: number;
  status: TicketStatus;
  via: ThreadVia;
}

const ticketColumns = { ticketId: tickets.id, number: tickets.number, status: tickets.status };

/**
 * Finds the ticket an inbound message belongs to, in this order:
 * 1. our reply address `reply+<token>@<replyDomain>` among To/Cc/Delivered-To or the envelope;
 * 2. one of our own Message-IDs in In-Reply-To/References (a reply to mail we sent);
 * 3. any Message-ID known on a ticket of the workspace (the customer's earlier mail, a Cc'd reply);
 * 4. a `[#1234]` subject token of a ticket whose requester is the sender.
 * Null means a new conversation. Never matches by subject text alone.
 */
export async function matchThread(
  tx: DbOrTx,
  workspaceId: string,
  parsed: ParsedEmail,
  envelopeTo: readonly string[],
  replyDomain: string,
): Promise<ThreadMatch | null> {
  const token = extractReplyToken(
    [...parsed.to, ...parsed.cc, ...parsed.deliveredTo, ...envelopeTo],
    replyDomain,
  );
  if (token !== null) {
    const [row] = await tx
      .select(ticketColumns)
      .from(emailThreads)
      .innerJoin(tickets, eq(tickets.id, emailThreads.ticketId))
      .where(and(eq(emailThreads.workspaceId, workspaceId), eq(emailThreads.replyToken, token)));
    if (row) return { ...row, via: 'reply_token' };
  }

  const ids = candidateMessageIds(parsed)
    .map(storableMessageId)
    .filter((id): id is string => id !== null);
  if (ids.length > 0) {
    const known = await tx
      .select({ ...ticketColumns, rfc: emailMessageIds.rfcMessageId, direction: emailMessageIds.direction })
      .from(emailMessageIds)
      .innerJoin(tickets, eq(tickets.id, emailMessageIds.ticketId))
      .where(and(eq(emailMessageIds.workspaceId, workspaceId), inArray(emailMessageIds.rfcMessageId, ids)));
    const inOrder = ids.flatMap((id) => known.filter((row) => row.rfc === id));
    const ours = inOrder.find((row) => row.direction === 'outbound');
    const any = ours ?? inOrder[0];
    if (any) {
      return {
        ticketId: any.ticketId,
        number: any.number,
        status: any.status,
        via: ours ? 'our_message_id' : 'references',
      };
    }
  }

  const number = extractSubjectTicketNumber(parsed.subject);
  const from = parsed.from?.address;
  if (number !== null && from) {
    const [row] = await tx
      .select(ticketColumns)
      .from(tickets)
      .innerJoin(contacts, eq(contacts.id, tickets.requesterContactId))
      .where(
        and(
          eq(tickets.workspaceId, workspaceId),
          eq(tickets.number, number),
          sql`lower(${contacts.email}) = ${from.toLowerCase()}`,
        ),
      );
    if (row) return { ...row, via: 'subject_token' };
  }
  return null;
}
