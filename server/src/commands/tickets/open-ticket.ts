import type { Channel, FieldChange, TicketPriority, TicketType } from '@atiende/contracts';
import type { Tx } from '../../db/database';
import { tickets } from '../../db/schema';
import type { AuthContext } from '../../lib/auth-context';
import { recordEvent } from '../../events/record-event';
import { nextTicketNumber } from './next-ticket-number';

export interface OpenTicketFields {
  subject: string;
  priority: TicketPriority;
  type: TicketType | null;
  channel: Channel;
  requester: { id: string; companyId: string | null };
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  /** Custom field values keyed by field id, already validated (see `applyCustomFieldValues`). */
  customFields?: Record<string, unknown>;
}

export interface OpenTicketOptions {
  /** Writes the first message (the customer's request) and returns its id. */
  writeFirstMessage: (ticketId: string, at: Date) => Promise<string>;
  /** Channel-specific facts for the history of the ticket (mailbox, follow-up of …). */
  ticketChanges?: FieldChange[];
  /** … and of its first message. */
  messageChanges?: FieldChange[];
}

/**
 * The one way a ticket comes to exist, whatever the channel: numbers it, inserts it as `new` with
 * the requester's company, lets the caller write the first message, and records `ticket.created`
 * and `message.created` in the caller's transaction. References, the type and custom field
 * values must already be checked.
 */
export async function openTicket(
  tx: Tx,
  ctx: AuthContext,
  fields: OpenTicketFields,
  options: OpenTicketOptions,
): Promise<{ ticketId: string; number: number; messageId: string }> {
  const number = await nextTicketNumber(tx, ctx.workspaceId);
  const now = new Date();
  const [ticket] = await tx
    .insert(tickets)
    .values({
      workspaceId: ctx.workspaceId,
      number,
      subject: fields.subject,
      status: 'new',
      priority: fields.priority,
      type: fields.type,
      channel: fields.channel,
      requesterContactId: fields.requester.id,
      companyId: fields.requester.companyId,
      assigneeAgentId: fields.assigneeId,
      teamId: fields.teamId,
      tags: [...new Set(fields.tags)],
      customFields: fields.customFields ?? {},
      messageCount: 1,
      createdAt: now,
      updatedAt: now,
      lastMessageAt: now,
    })
    .returning({ id: tickets.id });
  if (!ticket) throw new Error('ticket insert returned nothing');
  const messageId = await options.writeFirstMessage(ticket.id, now);
  await recordEvent(tx, ctx, {
    type: 'ticket.created',
    ticketId: ticket.id,
    entityId: ticket.id,
    changes: [
      { field: 'number', from: null, to: number },
      { field: 'subject', from: null, to: fields.subject },
      { field: 'status', from: null, to: 'new' },
      { field: 'priority', from: null, to: fields.priority },
      { field: 'channel', from: null, to: fields.channel },
      ...(fields.type === null ? [] : [{ field: 'type', from: null, to: fields.type }]),
      ...Object.entries(fields.customFields ?? {}).map(([id, to]) => ({
        field: `customField:${id}`,
        from: null,
        to,
      })),
      ...(options.ticketChanges ?? []),
    ],
  });
  await recordEvent(tx, ctx, {
    type: 'message.created',
    ticketId: ticket.id,
    entityId: messageId,
    changes: [{ field: 'kind', from: null, to: 'reply' }, ...(options.messageChanges ?? [])],
  });
  return { ticketId: ticket.id, number, messageId };
}
