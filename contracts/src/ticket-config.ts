import { z } from 'zod';
import { Id } from './common';
import { StatusCategory, TicketType, TrashReason } from './ticket';

const Name = z.string().trim().min(1).max(100);
const Position = z.number().int().min(0).max(10_000);

/** One of the workspace's ticket types; tickets store its `key`. */
export const TicketTypeDef = z.object({
  id: Id,
  key: TicketType,
  name: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type TicketTypeDef = z.infer<typeof TicketTypeDef>;

/** A new type; the key is derived from the name when omitted and never changes afterwards. */
export const CreateTicketTypeInput = z.object({
  name: Name,
  key: TicketType.optional(),
  position: Position.optional(),
});
export type CreateTicketTypeInput = z.infer<typeof CreateTicketTypeInput>;

export const UpdateTicketTypeInput = z
  .object({ name: Name, position: Position, archived: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateTicketTypeInput = z.infer<typeof UpdateTicketTypeInput>;

/** An admin-defined status shown in place of its category (e.g. "Waiting on bank" under on_hold). */
export const CustomStatus = z.object({
  id: Id,
  category: StatusCategory,
  name: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type CustomStatus = z.infer<typeof CustomStatus>;

export const CreateCustomStatusInput = z.object({
  category: StatusCategory,
  name: Name,
  position: Position.optional(),
});
export type CreateCustomStatusInput = z.infer<typeof CreateCustomStatusInput>;

export const UpdateCustomStatusInput = z
  .object({ name: Name, position: Position, archived: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateCustomStatusInput = z.infer<typeof UpdateCustomStatusInput>;

/** A reason for solving a ticket as "not finalized". */
export const ResolutionReason = z.object({
  id: Id,
  name: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type ResolutionReason = z.infer<typeof ResolutionReason>;

export const CreateResolutionReasonInput = z.object({ name: Name, position: Position.optional() });
export type CreateResolutionReasonInput = z.infer<typeof CreateResolutionReasonInput>;

export const UpdateResolutionReasonInput = z
  .object({ name: Name, position: Position, archived: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateResolutionReasonInput = z.infer<typeof UpdateResolutionReasonInput>;

export const CustomFieldKind = z.enum(['text', 'number', 'date', 'dropdown', 'multiselect', 'checkbox']);
export type CustomFieldKind = z.infer<typeof CustomFieldKind>;

export const CustomFieldOption = z.object({
  value: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(100),
});
export type CustomFieldOption = z.infer<typeof CustomFieldOption>;

/** A workspace-wide ticket field. Dropdown and multi-select fields carry their options. */
export const CustomField = z.object({
  id: Id,
  name: z.string(),
  kind: CustomFieldKind,
  options: z.array(CustomFieldOption),
  requiredOnSolve: z.boolean(),
  position: z.number().int(),
  archived: z.boolean(),
});
export type CustomField = z.infer<typeof CustomField>;

export const CreateCustomFieldInput = z.object({
  name: Name,
  kind: CustomFieldKind,
  options: z.array(CustomFieldOption).max(200).default([]),
  requiredOnSolve: z.boolean().default(false),
  position: Position.optional(),
});
export type CreateCustomFieldInput = z.infer<typeof CreateCustomFieldInput>;

/** The kind of a field cannot change once tickets hold values for it. */
export const UpdateCustomFieldInput = z
  .object({
    name: Name,
    options: z.array(CustomFieldOption).max(200),
    requiredOnSolve: z.boolean(),
    position: Position,
    archived: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateCustomFieldInput = z.infer<typeof UpdateCustomFieldInput>;

/** Workspace-wide lifecycle settings. */
export const TicketSettings = z.object({
  /** Solved tickets close by themselves after this many days; 0 = never. */
  autoCloseAfterDays: z.number().int().min(0).max(365),
  /** Trashed tickets are purged for good after this many days. */
  trashRetentionDays: z.number().int().min(1).max(365),
});
export type TicketSettings = z.infer<typeof TicketSettings>;

export const UpdateTicketSettingsInput = TicketSettings.partial().refine((v) => Object.keys(v).length > 0, {
  error: 'Nothing to update',
});
export type UpdateTicketSettingsInput = z.infer<typeof UpdateTicketSettingsInput>;

/** Everything the agent app needs to show and edit ticket classification, in one request. */
export const TicketConfig = z.object({
  types: z.array(TicketTypeDef),
  statuses: z.array(CustomStatus),
  resolutionReasons: z.array(ResolutionReason),
  customFields: z.array(CustomField),
  settings: TicketSettings,
});
export type TicketConfig = z.infer<typeof TicketConfig>;

/** `POST /api/tickets/:id/trash`: spam and duplicates go to the trash, restorable until purged. */
export const TrashTicketInput = z.object({ reason: TrashReason });
export type TrashTicketInput = z.infer<typeof TrashTicketInput>;

/**
 * `POST /api/tickets/:id/follow-up` on a closed ticket: opens a new ticket for the same requester,
 * linked `follow_up_of` to it, whose first message is this agent reply. The subject defaults to
 * the closed ticket's, prefixed with "Seguimiento: ".
 */
export const CreateFollowUpInput = z.object({
  bodyText: z.string().trim().min(1).max(100_000),
  subject: z.string().trim().min(1).max(300).optional(),
});
export type CreateFollowUpInput = z.infer<typeof CreateFollowUpInput>;
