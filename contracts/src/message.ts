import { z } from 'zod';
import { Channel } from './ticket';
import { Id, Timestamp } from './common';
import { MessageEmail } from './email';

/** A public reply goes to the customer; an internal note is only for agents. */
export const MessageKind = z.enum(['reply', 'note']);
export type MessageKind = z.infer<typeof MessageKind>;

export const Attachment = z.object({
  id: Id,
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const MessageAuthor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('agent'), id: Id, name: z.string() }),
  z.object({ type: z.literal('contact'), id: Id, name: z.string() }),
  z.object({ type: z.literal('system'), name: z.string() }),
]);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

export const Message = z.object({
  id: Id,
  ticketId: Id,
  kind: MessageKind,
  channel: Channel,
  author: MessageAuthor,
  bodyText: z.string(),
  /** Sanitized HTML, safe to render. */
  bodyHtml: z.string(),
  attachments: z.array(Attachment),
  createdAt: Timestamp,
  /** Present on messages that came in or went out by email: addresses, visible reply, delivery status. */
  email: MessageEmail.optional(),
});
export type Message = z.infer<typeof Message>;

export const CreateMessageInput = z
  .object({
    kind: MessageKind,
    bodyText: z.string().trim().max(100_000).default(''),
    /** Optional rich body; it is sanitized on the server whatever the client sends. */
    bodyHtml: z.string().max(500_000).optional(),
    attachmentIds: z.array(Id).max(20).default([]),
    /**
     * The newest message the agent had on screen. When the ticket has newer messages, the reply is
     * refused with 409 `ticket_changed` so the agent reads them first; `ignoreNewMessages` sends anyway.
     */
    lastSeenMessageId: Id.nullable().optional(),
    ignoreNewMessages: z.boolean().optional(),
  })
  .refine(
    (m) => m.bodyText.length > 0 || (m.bodyHtml ?? '').trim().length > 0 || m.attachmentIds.length > 0,
    {
      error: 'A message needs text or an attachment',
      path: ['bodyText'],
    },
  );
export type CreateMessageInput = z.infer<typeof CreateMessageInput>;
