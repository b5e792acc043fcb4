import { eq, sql } from 'drizzle-orm';
import type { Locale } from '@atiende/contracts';
import type { DbOrTx } from '../../../db/database';
import { messages, tickets } from '../../../db/schema';
import { recordEvent } from '../../../events/record-event';
import type { JobSender } from '../../../jobs/job-sender';
import { systemContext } from '../../../lib/auth-context';
import { textToHtml } from '../../../lib/message-html';
import { renderTemplate } from '../templates/render-template';
import { autoAckTemplateFor } from './auto-ack-templates';
import { insertOutboundEmail } from './insert-outbound-email';

export interface AutoAckInput {
  workspaceId: string;
  ticket: { id: string; number: number; subject: string };
  mailbox: { id: string; name: string; autoAckTemplates: unknown };
  contact: { name: string; email: string; locale: Locale };
  /** The customer's message: the acknowledgement is stamped after it, so it always shows below. */
  after: Date;
}

/**
 * Acknowledges a new email ticket: renders the mailbox's template in the customer's language,
 * adds it to the conversation as a system reply and queues it for sending (Auto-Submitted, so
 * well-behaved robots do not answer it). Callers only call this for a person's mail: never for
 * auto-replies, bounces, mailing lists or rate-limited senders.
 */
export async function queueAutoAck(tx: DbOrTx, jobs: JobSender, input: AutoAckInput): Promise<string> {
  const template = autoAckTemplateFor(input.mailbox.autoAckTemplates, input.contact.locale);
  const values = {
    'contact.name': input.contact.name,
    'contact.first_name': input.contact.name.split(/\s+/)[0] ?? input.contact.name,
    'ticket.number': String(input.ticket.number),
    'ticket.subject': input.ticket.subject,
    'mailbox.name': input.mailbox.name,
  };
  const subject = renderTemplate(template.subject, values)
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 998);
  const body = renderTemplate(template.body, values);
  const [message] = await tx
    .insert(messages)
    .values({
      workspaceId: input.workspaceId,
      ticketId: input.ticket.id,
      kind: 'reply',
      channel: 'email',
      authorType: 'system',
      authorAgentId: null,
      authorContactId: null,
      bodyText: body,
      bodyHtml: textToHtml(body),
      createdAt: new Date(Math.max(Date.now(), input.after.getTime() + 1)),
    })
    .returning({ id: messages.id });
  if (!message) throw new Error('auto-ack message insert returned nothing');
  await tx
    .update(tickets)
    .set({ messageCount: sql`${tickets.messageCount} + 1` })
    .where(eq(tickets.id, input.ticket.id));
  await recordEvent(tx, systemContext(input.workspaceId), {
    type: 'message.created',
    ticketId: input.ticket.id,
    entityId: message.id,
    changes: [
      { field: 'kind', from: null, to: 'reply' },
      { field: 'autoAcknowledgement', from: null, to: true },
    ],
  });
  await insertOutboundEmail(tx, jobs, {
    workspaceId: input.workspaceId,
    ticketId: input.ticket.id,
    messageId: message.id,
    mailboxId: input.mailbox.id,
    kind: 'auto_ack',
    subject,
    to: [input.contact.email],
    cc: [],
  });
  return message.id;
}
