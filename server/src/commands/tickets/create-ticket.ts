import { and, eq } from 'drizzle-orm';
import type { CreateTicketInput, Ticket } from '@atiende/contracts';
import type { DbOrTx, Tx } from '../../db/database';
import { agents, contacts, messages, teams } from '../../db/schema';
import { invalidField } from '../../lib/app-error';
import type { AuthContext } from '../../lib/auth-context';
import { textToHtml } from '../../lib/message-html';
import { authorize } from '../../policies/abilities';
import { getTicket } from '../../queries/get-ticket';
import { assertInWorkspace } from '../assert-in-workspace';
import { findOrCreateContactByEmail } from '../crm/create-contact';
import { customFieldRows } from '../../queries/ticket-config';
import { applyCustomFieldValues } from './custom-field-values';
import { openTicket } from './open-ticket';
import { assertActiveType } from './ticket-rules';

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
 * the requester's company. The type must be an active one and custom field values fit their
 * kinds (400 naming the field). Records `ticket.created` and `message.created`.
 */
export async function createTicket(db: DbOrTx, ctx: AuthContext, input: CreateTicketInput): Promise<Ticket> {
  authorize(ctx, 'tickets.write');
  const id = await db.transaction(async (tx) => {
    const requester = await resolveRequester(tx, ctx, input);
    await assertInWorkspace(tx, agents, ctx.workspaceId, input.assigneeId, 'assigneeId');
    await assertInWorkspace(tx, teams, ctx.workspaceId, input.teamId, 'teamId');
    await assertActiveType(tx, ctx.workspaceId, input.type);
    const customFields = input.customFields
      ? applyCustomFieldValues(await customFieldRows(tx, ctx.workspaceId), {}, input.customFields).values
      : {};
    const opened = await openTicket(
      tx,
      ctx,
      {
        subject: input.subject,
        priority: input.priority,
        type: input.type,
        channel: input.channel,
        requester,
        assigneeId: input.assigneeId,
        teamId: input.teamId,
        tags: input.tags,
        customFields,
      },
      {
        writeFirstMessage: async (ticketId, at) => {
          const [message] = await tx
            .insert(messages)
            .values({
              workspaceId: ctx.workspaceId,
              ticketId,
              kind: 'reply',
              channel: input.channel,
              authorType: 'contact',
              authorAgentId: null,
              authorContactId: requester.id,
              bodyText: input.body,
              bodyHtml: textToHtml(input.body),
              createdAt: at,
            })
            .returning({ id: messages.id });
          if (!message) throw new Error('message insert returned nothing');
          return message.id;
        },
      },
    );
    return opened.ticketId;
  });
  return getTicket(db, ctx, id);
}
