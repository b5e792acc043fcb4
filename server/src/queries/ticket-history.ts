import { and, desc, eq } from 'drizzle-orm';
import type { PublicEvent } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { events, tickets } from '../db/schema';
import { notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { presentEvent } from '../presenters/present-event';

/** A ticket's audit trail, newest first: who changed what, when. */
export async function ticketHistory(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<PublicEvent[]> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.workspaceId, ctx.workspaceId), eq(events.ticketId, ticketId)))
    .orderBy(desc(events.id))
    .limit(1000);
  return rows.map(presentEvent);
}
