import { z } from 'zod';
import { csvArray, Id, PageQuery, Timestamp } from './common';
import { ContactSummary } from './contact';

/** Lifecycle states, in the order a ticket usually moves through them. */
export const TicketStatus = z.enum(['new', 'open', 'pending', 'on_hold', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Statuses that count as "still needs work" for counts, backlog and the default inbox. */
export const UNRESOLVED_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];

export const TicketPriority = z.enum(['critical', 'high', 'normal', 'low']);
export type TicketPriority = z.infer<typeof TicketPriority>;

/** Lower rank sorts first: critical before low. */
export const PRIORITY_RANK: Record<TicketPriority, number> = { critical: 0, high: 1, normal: 2, low: 3 };

export const TicketType = z.enum(['technical', 'billing', 'onboarding', 'complaint', 'suggestion']);
export type TicketType = z.infer<typeof TicketType>;

export const Channel = z.enum(['email', 'web', 'chat', 'whatsapp', 'phone', 'api']);
export type Channel = z.infer<typeof Channel>;

const tag = z
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
  tags: z.array(tag).max(30).default([]),
});
export type CreateTicketInput = z.infer<typeof CreateTicketInput>;

export const UpdateTicketInput = z
  .object({
    subject: z.string().trim().min(1).max(300),
    status: TicketStatus,
    priority: TicketPriority,
    type: TicketType.nullable(),
    assigneeId: Id.nullable(),
    teamId: Id.nullable(),
    tags: z.array(tag).max(30),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateTicketInput = z.infer<typeof UpdateTicketInput>;

export const TicketSort = z.enum(['updated_desc', 'created_desc', 'created_asc', 'priority']);
export type TicketSort = z.infer<typeof TicketSort>;

/** Inbox filters. `assigneeId=none` lists unassigned tickets; `me` is resolved by the client. */
export const TicketListQuery = PageQuery.extend({
  status: csvArray(TicketStatus),
  priority: csvArray(TicketPriority),
  assigneeId: z.union([Id, z.literal('none')]).optional(),
  teamId: z.union([Id, z.literal('none')]).optional(),
  requesterId: Id.optional(),
  companyId: Id.optional(),
  q: z.string().trim().max(200).optional(),
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
