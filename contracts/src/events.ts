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
  'ticket.trashed',
  'ticket.restored',
  'ticket.purged',
  'ticket.merged',
  'ticket.split',
  'ticket.linked',
  'ticket.unlinked',
  'activity.created',
  'activity.updated',
  'activity.deleted',
  'ticket_config.updated',
  'saved_view.changed',
  /** A running SLA clock passed its due time (`changes`: the metric and due time). */
  'ticket.sla_breached',
  /** A policy or calendar changed; clients refetch SLA settings. */
  'sla.updated',
  /** A customer answered a satisfaction survey for the ticket. */
  'survey.responded',
  /** An admin changed which surveys are sent and when (`changes`: the settings that changed). */
  'survey_settings.updated',
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

/**
 * What an agent is doing on a ticket, for collision warnings. Browsers repeat `viewing`/`typing`
 * every few seconds while it holds; a state not repeated within `PRESENCE_TTL_MS` has expired.
 */
export const PresenceState = z.enum(['viewing', 'typing', 'left']);
export type PresenceState = z.infer<typeof PresenceState>;
export const PRESENCE_TTL_MS = 30_000;

export const Presence = z.object({
  ticketId: Id,
  agent: z.object({ id: Id, name: z.string() }),
  state: PresenceState,
  at: Timestamp,
});
export type Presence = z.infer<typeof Presence>;

/** Messages the server sends on /api/realtime. */
export const ServerSocketMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('pong') }),
  z.object({ type: z.literal('event'), event: PublicEvent }),
  z.object({ type: z.literal('presence'), presence: Presence }),
]);
export type ServerSocketMessage = z.infer<typeof ServerSocketMessage>;

/** Messages the browser sends on /api/realtime. */
export const ClientSocketMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('presence'), ticketId: Id, state: PresenceState }),
]);
export type ClientSocketMessage = z.infer<typeof ClientSocketMessage>;
