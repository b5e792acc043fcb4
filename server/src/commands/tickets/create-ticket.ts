import { and, eq } from 'drizzle-orm';
import type { CreateTicketInput, FieldChange, Ticket } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { agents, contacts, messages, teams, tickets } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { textToHtml } from '../../lib/message-html';
import { recordEvent } from '../../events/record-event';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { assertInWorkspace } from '../assert-in-workspace';
import { findOrCreateContactByEmail } from '../crm/create-contact';
import { nextTicketNumber } from './next-ticket-number';

async function resolveRequester(tx: Tx, ctx: AuthContext, input: CreateTicketInput) {
  if (!('contactId' in input.requester)) {
    return findOrCreateContactByEmail(tx, ctx, input.requester.email, input.requester.name);
  }
  const [row] = await tx
    .select({ id: contacts.id, companyId: contacts.companyId })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, input.requester.contactId)))
    .limit(1);
  if (!row) throw invalidField('requester.contactId', 'Unknown requester.contactId in this workspace');
  return row;
}

/**
 * Opens a ticket with its first message, written by the requester (the customer's request, even
 * when an agent logs it for them). The requester is found or created by email; the ticket takes
 * the requester's company. Records `ticket.created` and `message.created`.
 */
export async function createTicket(db: DbOrTx, ctx: AuthContext, input: CreateTicketInput): Promise<Ticket> {
  authorize(ctx, 'tickets.write');
  const id = await db.transaction(async (tx) => {
    const requester = await resolveRequester(tx, ctx, input);
    await assertInWorkspace(tx, agents, ctx.workspaceId, input.assigneeId, 'assigneeId');
    await assertInWorkspace(tx, teams, ctx.workspaceId, input.teamId, 'teamId');
    const number = await nextTicketNumber(tx, ctx.workspaceId);
    const now = new Date();
    const [ticket] = await tx
      .insert(tickets)
      .values({
        workspaceId: ctx.workspaceId,
        number,
        subject: input.subject,
        status: 'new',
        priority: input.priority,
        type: input.type,
        channel: input.channel,
        requesterContactId: requester.id,
        companyId: requester.companyId,
        assigneeAgentId: input.assigneeId,
        teamId: input.teamId,
        tags: [...new Set(input.tags)],
        messageCount: 1,
        createdAt: now,
        updatedAt: now,
        lastMessageAt: now,
      })
      .returning({ id: tickets.id });
    if (!ticket) throw new Error('ticket insert returned nothing');
    const [message] = await tx
      .insert(messages)
      .values({
        workspaceId: ctx.workspaceId,
        ticketId: ticket.id,
        kind: 'reply',
        channel: input.channel,
        authorType: 'contact',
        authorAgentId: null,
        authorContactId: requester.id,
        bodyText: input.body,
        bodyHtml: textToHtml(input.body),
        createdAt: now,
      })
      .returning({ id: messages.id });
    const changes: FieldChange[] = [
      { field: 'number', from: null, to: number },
      { field: 'subject', from: null, to: input.subject },
      { field: 'status', from: null, to: 'new' },
      { field: 'priority', from: null, to: input.priority },
      { field: 'channel', from: null, to: input.channel },
    ];
    await recordEvent(tx, ctx, { type: 'ticket.created', ticketId: ticket.id, entityId: ticket.id, changes });
    await recordEvent(tx, ctx, {
      type: 'message.created',
      ticketId: ticket.id,
      entityId: message?.id ?? null,
      changes: [{ field: 'kind', from: null, to: 'reply' }],
    });
    return ticket.id;
  });
  return getTicket(db, ctx, id);
}
