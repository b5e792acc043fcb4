import { z } from 'zod';

/** Agent roles, from most to least powerful. */
export const Role = z.enum(['admin', 'supervisor', 'agent']);
export type Role = z.infer<typeof Role>;

/**
 * Named abilities the server checks and sends to the client, so the UI hides what the user
 * may not do instead of guessing from the role.
 */
export const Ability = z.enum([
  'tickets.read',
  'tickets.write',
  'contacts.write',
  'companies.write',
  'agents.manage',
  'teams.manage',
  'api_tokens.manage',
  /** Trash and restore tickets, merge them, and run bulk actions. */
  'tickets.manage',
  /** Edit ticket types, custom statuses, resolution reasons, custom fields and lifecycle settings. */
  'ticket_config.manage',
  /** Create and edit views shared with the whole workspace. */
  'views.share',
  /** Edit SLA policies and business calendars. */
  'sla.manage',
  /** Edit survey settings (reading results only needs tickets.read). */
  'surveys.manage',
]);
export type Ability = z.infer<typeof Ability>;
