import { and, eq } from 'drizzle-orm';
import type { Ticket } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentTicket } from '../presenters/present-ticket';
import { selectTicketRows } from './ticket-rows';

/** One ticket of the caller's workspace, presented; `not_found` for any other id. */
export async function getTicket(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<Ticket> {
  const [row] = await selectTicketRows(
    db,
    and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)),
  ).limit(1);
  if (!row) throw notFound('Ticket');
  return presentTicket(row);
}
