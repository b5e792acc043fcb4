import { z } from 'zod';
import { csvArray, Id, PageQuery, Timestamp } from './common';
import { ContactSummary } from './contact';

/**
 * The workflow categories, in the order a ticket usually moves through them. Admin-defined custom
 * statuses each belong to one of these, so reports and rules only ever reason about six states.
 */
export const StatusCategory = z.enum(['new', 'open', 'pending', 'on_hold', 'solved', 'closed']);
export type StatusCategory = z.infer<typeof StatusCategory>;

/** A ticket's status: a workflow category, or `trashed` (spam and duplicates, restorable for a while). */
export const TicketStatus = z.enum([...StatusCategory.options, 'trashed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Statuses that count as "still needs work" for counts, backlog and the default inbox. */
export const UNRESOLVED_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];

export const TicketPriority = z.enum(['critical', 'high', 'normal', 'low']);
export type TicketPriority = z.infer<typeof TicketPriority>;

/** Lower rank sorts first: critical before low. */
export const PRIORITY_RANK: Record<TicketPriority, number> = { critical: 0, high: 1, normal: 2, low: 3 };

/** A ticket type is the key of one of the workspace's admin-defined types (see `TicketTypeDef`). */
export const TicketType = z
  .string()
  .regex(/^[a-z0-9_]{1,40}$/, 'A type key has lowercase letters, digits and _ only');
export type TicketType = z.infer<typeof TicketType>;

/** The types every new workspace starts with; admins rename, archive or add to them. */
export const DEFAULT_TICKET_TYPES = [
  'technical',
  'billing',
  'onboarding',
  'complaint',
  'suggestion',
] as const;

/** How a solved ticket ended: finalized, or not finalized with a reason from the admin list. */
export const Resolution = z.enum(['finalized', 'not_finalized']);
export type Resolution = z.infer<typeof Resolution>;

/** Why a ticket went to the trash. */
export const TrashReason = z.enum(['spam', 'duplicate', 'other']);
export type TrashReason = z.infer<typeof TrashReason>;

/**
 * The activity light on every ticket: `future` (green) has a pending activity due later than an
 * hour from now, `none` (grey) has nothing pending, `due` (red) has one overdue or due within the hour.
 */
export const ActivityIndicator = z.enum(['none', 'future', 'due']);
export type ActivityIndicator = z.infer<typeof ActivityIndicator>;

/**
 * The SLA light on lists and cards, from the ticket's next running clock: `breached` (red, past
 * due), `warning` (due within the hour), `ok` (green), `paused` (only paused clocks), `none`.
 */
export const SlaIndicator = z.enum(['none', 'ok', 'warning', 'breached', 'paused']);
export type SlaIndicator = z.infer<typeof SlaIndicator>;

/** A custom field value: text/date (YYYY-MM-DD)/dropdown → string, number, checkbox → boolean, multi-select → strings. */
export const CustomFieldValue = z.union([
  z.string().max(10_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);
export type CustomFieldValue = z.infer<typeof CustomFieldValue>;

const NamedRef = z.object({ id: Id, name: z.string() });

export const Channel = z.enum(['email', 'web', 'chat', 'whatsapp', 'phone', 'api']);
export type Channel = z.infer<typeof Channel>;

/** A tag: lowercased, letters, digits, `_ - .` */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}_\-.]+$/u, 'Tags contain letters, digits, _ - . only');

export const Ticket = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.string(),
  status: TicketStatus,
  priority: TicketPriority,
  type: TicketType.nullable(),
  channel: Channel,
  requester: ContactSummary,
  company: z.object({ id: Id, name: z.string() }).nullable(),
  assignee: z.object({ id: Id, name: z.string() }).nullable(),
  team: z.object({ id: Id, name: z.string() }).nullable(),
  tags: z.array(z.string()),
  messageCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  firstResponseAt: Timestamp.nullable(),
  solvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  lastMessageAt: Timestamp,
  /** The admin-defined status inside `status`'s category, when one is set. */
  customStatus: NamedRef.nullable(),
  resolution: Resolution.nullable(),
  resolutionReason: NamedRef.nullable(),
  trashedAt: Timestamp.nullable(),
  trashReason: TrashReason.nullable(),
  /** Custom field values keyed by field id; fields without a value are absent. */
  customFields: z.record(z.string(), CustomFieldValue),
  nextActivityDueAt: Timestamp.nullable(),
  activityIndicator: ActivityIndicator,
  /** Due time of the next running SLA clock. */
  slaDueAt: Timestamp.nullable(),
  /** First breach of any of the ticket's SLA clocks. */
  slaBreachedAt: Timestamp.nullable(),
  slaIndicator: SlaIndicator,
});
export type Ticket = z.infer<typeof Ticket>;

/** Who asked: an existing contact, or an email/name to find-or-create one. */
export const RequesterInput = z.union([
  z.object({ contactId: Id }),
  z.object({ email: z.email().max(254).toLowerCase(), name: z.string().trim().min(1).max(200).optional() }),
]);

export const CreateTicketInput = z.object({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(100_000),
  requester: RequesterInput,
  priority: TicketPriority.default('normal'),
  type: TicketType.nullable().default(null),
  channel: Channel.default('api'),
  assigneeId: Id.nullable().default(null),
  teamId: Id.nullable().default(null),
  tags: z.array(Tag).max(30).default([]),
  customFields: z.record(z.string(), CustomFieldValue).optional(),
});
export type CreateTicketInput = z.infer<typeof CreateTicketInput>;

/**
 * A change to a ticket. Solving takes a `resolution` (default `finalized`); `not_finalized` needs a
 * `resolutionReasonId`. A `customStatusId` sets `status` to that status's category. `customFields`
 * is merged into the current values (null clears one). Trashing has its own endpoint.
 */
export const UpdateTicketInput = z
  .object({
    subject: z.string().trim().min(1).max(300),
    status: StatusCategory,
    customStatusId: Id.nullable(),
    resolution: Resolution,
    resolutionReasonId: Id.nullable(),
    priority: TicketPriority,
    type: TicketType.nullable(),
    assigneeId: Id.nullable(),
    teamId: Id.nullable(),
    tags: z.array(Tag).max(30),
    customFields: z.record(z.string(), CustomFieldValue),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateTicketInput = z.infer<typeof UpdateTicketInput>;

/** `sla_due`: unresolved tickets by their next SLA due time, soonest (most overdue) first. */
export const TicketSort = z.enum(['updated_desc', 'created_desc', 'created_asc', 'priority', 'sla_due']);
export type TicketSort = z.infer<typeof TicketSort>;

/** Inbox filters. `assigneeId=none` lists unassigned tickets; `me` is resolved by the client. */
/**
 * Filters shared by the inbox list, saved views and the board. Without a `status` filter trashed
 * tickets are left out; `status=trashed` lists the trash. Date ranges are inclusive ISO timestamps;
 * `due*` filters on the earliest pending activity.
 */
export const TicketFilters = z.object({
  status: csvArray(TicketStatus),
  customStatusId: csvArray(Id),
  priority: csvArray(TicketPriority),
  type: csvArray(TicketType),
  tags: csvArray(Tag),
  /** An agent id, `none` (unassigned) or `me` (the caller: what a shared "My tickets" view stores). */
  assigneeId: z.union([Id, z.literal('none'), z.literal('me')]).optional(),
  teamId: z.union([Id, z.literal('none')]).optional(),
  requesterId: Id.optional(),
  companyId: Id.optional(),
  activity: csvArray(ActivityIndicator),
  /** By SLA light, evaluated at request time (see `SlaIndicator`). */
  sla: csvArray(SlaIndicator),
  createdFrom: Timestamp.optional(),
  createdTo: Timestamp.optional(),
  dueFrom: Timestamp.optional(),
  dueTo: Timestamp.optional(),
  q: z.string().trim().max(200).optional(),
});
export type TicketFilters = z.infer<typeof TicketFilters>;

export const TicketListQuery = PageQuery.extend({
  ...TicketFilters.shape,
  sort: TicketSort.default('updated_desc'),
});
export type TicketListQuery = z.infer<typeof TicketListQuery>;

/** Ticket numbers are shown as #1234 everywhere. */
export function formatTicketNumber(n: number): string {
  return `#${n}`;
}

/** Unresolved work for the navigation badges. */
export const TicketCounts = z.object({
  byStatus: z.record(TicketStatus, z.number().int()),
  mine: z.number().int(),
  unassigned: z.number().int(),
});
export type TicketCounts = z.infer<typeof TicketCounts>;
