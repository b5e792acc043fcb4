import { eq, sql } from 'drizzle-orm';
import type { FieldChange } from '@atiende/contracts';
import type { Tx } from '../../db/database';
import { tickets } from '../../db/schema';
import { REOPEN_COLUMNS } from './ticket-rules';

type TicketRow = typeof tickets.$inferSelect;

/** Statuses a customer's message moves back to `open`: the ball is in our court again. */
export const REOPENED_BY_CUSTOMER = new Set<TicketRow['status']>(['solved', 'pending']);

export interface NewMessageFacts {
  authorType: 'agent' | 'contact' | 'system';
  kind: 'reply' | 'note';
  at: Date;
}

/**
 * Updates the ticket row (locked by the caller) for a message just written to it: the message
 * counter and last-message time, plus the status rules of a new message: an agent's message moves
 * a `new` ticket to `open` and an agent's first public reply stamps first_response_at; a
 * customer's message reopens a solved or pending ticket (solved_at, resolution and custom status
 * cleared). Returns the field changes the caller records in its `ticket.updated` event.
 */
export async function countNewMessage(
  tx: Tx,
  ticket: TicketRow,
  facts: NewMessageFacts,
): Promise<FieldChange[]> {
  const byAgent = facts.authorType === 'agent';
  const changes: FieldChange[] = [];
  const becomesOpen =
    (byAgent && ticket.status === 'new') ||
    (facts.authorType === 'contact' && REOPENED_BY_CUSTOMER.has(ticket.status));
  if (becomesOpen) changes.push({ field: 'status', from: ticket.status, to: 'open' });
  const clearsResolution = becomesOpen && ticket.resolution !== null;
  if (clearsResolution) changes.push({ field: 'resolution', from: ticket.resolution, to: null });
  const firstResponse = byAgent && facts.kind === 'reply' && ticket.firstResponseAt === null;
  await tx
    .update(tickets)
    .set({
      messageCount: sql`${tickets.messageCount} + 1`,
      lastMessageAt: facts.at,
      updatedAt: facts.at,
      ...(becomesOpen ? REOPEN_COLUMNS : {}),
      ...(firstResponse ? { firstResponseAt: facts.at } : {}),
    })
    .where(eq(tickets.id, ticket.id));
  return changes;
}
