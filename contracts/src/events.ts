import { z } from 'zod';
import { Id, Timestamp } from './common';

/** Every change in the system is one of these. Processors, history and realtime all key off the name. */
export const EventType = z.enum([
  'ticket.created',
  'ticket.updated',
  'message.created',
  'contact.created',
  'contact.updated',
  'company.created',
  'company.updated',
  'agent.created',
  'agent.updated',
  'team.created',
  'mailbox.created',
  'mailbox.updated',
  'message.delivery_updated',
  'contact.email_status_changed',
  'ticket.followers_changed',
  'inbound_email.failed',
  'inbound_email.retried',
]);
export type EventType = z.infer<typeof EventType>;

export const Actor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('agent'), id: Id, name: z.string() }),
  z.object({ type: z.literal('contact'), id: Id, name: z.string() }),
  z.object({ type: z.literal('api_token'), id: Id, name: z.string() }),
  z.object({ type: z.literal('system'), name: z.string() }),
]);
export type Actor = z.infer<typeof Actor>;

/** One field change inside a `ticket.updated` event; values are display-ready (names, not ids). */
export const FieldChange = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** An event as the client sees it: in a ticket's history and over the realtime socket. */
export const PublicEvent = z.object({
  id: z.string(),
  type: EventType,
  ticketId: Id.nullable(),
  entityId: Id.nullable(),
  actor: Actor,
  changes: z.array(FieldChange),
  createdAt: Timestamp,
});
export type PublicEvent = z.infer<typeof PublicEvent>;

/** Messages the server sends on /api/realtime. */
export const ServerSocketMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('pong') }),
  z.object({ type: z.literal('event'), event: PublicEvent }),
]);
export type ServerSocketMessage = z.infer<typeof ServerSocketMessage>;

/** Messages the browser sends on /api/realtime. */
export const ClientSocketMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })]);
export type ClientSocketMessage = z.infer<typeof ClientSocketMessage>;
