import { z } from 'zod';
import { Id, Timestamp } from './common';
import {
  ActivityIndicator,
  SlaIndicator,
  Resolution,
  StatusCategory,
  Tag,
  TicketFilters,
  TicketPriority,
  TicketSort,
  TicketStatus,
  TicketType,
  TrashReason,
} from './ticket';

/** Columns a list view can show, in the order the agent picked. */
export const TicketColumn = z.enum([
  'number',
  'subject',
  'requester',
  'company',
  'status',
  'priority',
  'type',
  'assignee',
  'team',
  'tags',
  'activity',
  /** The SLA light with the time left (or overdue) on the next running clock. */
  'sla',
  'createdAt',
  'updatedAt',
]);
export type TicketColumn = z.infer<typeof TicketColumn>;

export const DEFAULT_TICKET_COLUMNS: TicketColumn[] = [
  'number',
  'subject',
  'requester',
  'status',
  'priority',
  'assignee',
  'sla',
  'updatedAt',
];

/** The filters and sort a saved view stores: the inbox filters without paging. */
export const ViewQuery = TicketFilters.extend({ sort: TicketSort.default('updated_desc') });
export type ViewQuery = z.infer<typeof ViewQuery>;

/** A saved list view. `shared` views are visible to the whole workspace; personal ones only to their owner. */
export const SavedView = z.object({
  id: Id,
  name: z.string(),
  shared: z.boolean(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  query: ViewQuery,
  columns: z.array(TicketColumn),
  position: z.number().int(),
  /** Whether the caller may edit or delete it. */
  editable: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedView = z.infer<typeof SavedView>;

export const CreateSavedViewInput = z.object({
  name: z.string().trim().min(1).max(100),
  shared: z.boolean().default(false),
  query: ViewQuery,
  columns: z.array(TicketColumn).min(1).max(TicketColumn.options.length).default(DEFAULT_TICKET_COLUMNS),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CreateSavedViewInput = z.infer<typeof CreateSavedViewInput>;

export const UpdateSavedViewInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    shared: z.boolean(),
    query: ViewQuery,
    columns: z.array(TicketColumn).min(1).max(TicketColumn.options.length),
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateSavedViewInput = z.infer<typeof UpdateSavedViewInput>;

/** View counts stop at this number; a count of `SAVED_VIEW_COUNT_CAP + 1` reads "more than" (10.000+). */
export const SAVED_VIEW_COUNT_CAP = 10_000;

/** Ticket counts per visible view, keyed by view id, capped (see `SAVED_VIEW_COUNT_CAP`). */
export const SavedViewCounts = z.record(z.string(), z.number().int());
export type SavedViewCounts = z.infer<typeof SavedViewCounts>;

/** One bulk action; `merge` merges every listed ticket into `targetTicketId`. */
export const BulkAction = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assign'),
    assigneeId: Id.nullable().optional(),
    teamId: Id.nullable().optional(),
  }),
  z.object({
    type: z.literal('status'),
    status: StatusCategory,
    resolution: Resolution.optional(),
    resolutionReasonId: Id.optional(),
  }),
  z.object({ type: z.literal('priority'), priority: TicketPriority }),
  z.object({
    type: z.literal('tags'),
    add: z.array(Tag).max(30).default([]),
    remove: z.array(Tag).max(30).default([]),
  }),
  z.object({
    type: z.literal('merge'),
    targetTicketId: Id,
    /** Tell each merged ticket's requester where the conversation continues (default false). */
    notifyRequesters: z.boolean().optional(),
  }),
  z.object({ type: z.literal('trash'), reason: TrashReason }),
]);
export type BulkAction = z.infer<typeof BulkAction>;

export const BulkActionInput = z.object({
  ticketIds: z.array(Id).min(1).max(1000),
  action: BulkAction,
});
export type BulkActionInput = z.infer<typeof BulkActionInput>;

/** A bulk action's progress; tickets it could not change are listed with the reason. */
export const BulkOperation = z.object({
  id: Id,
  state: z.enum(['queued', 'running', 'finished', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ ticketId: Id, message: z.string() })),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type BulkOperation = z.infer<typeof BulkOperation>;

/** Board columns are statuses (categories and custom statuses) or the options of a dropdown field. */
export const BoardGroupBy = z.union([z.literal('status'), z.string().regex(/^field:[0-9a-f-]{36}$/)]);
export type BoardGroupBy = z.infer<typeof BoardGroupBy>;

export const BoardQuery = TicketFilters.extend({
  groupBy: BoardGroupBy.default('status'),
  /** Cards per column at most; columns report their full count. */
  perColumn: z.coerce.number().int().min(1).max(2000).default(500),
});
export type BoardQuery = z.infer<typeof BoardQuery>;

/**
 * A board column. `key` is what a drop sends back: a status category (`open`), a custom status
 * (`status:<id>`), a field option value (`option:<value>`), or `none` for tickets without one.
 */
export const BoardColumn = z.object({
  key: z.string(),
  /** Display name for custom statuses and field options; null when the client translates the category. */
  name: z.string().nullable(),
  category: StatusCategory.nullable(),
  count: z.number().int(),
});
export type BoardColumn = z.infer<typeof BoardColumn>;

export const BoardCard = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.string(),
  columnKey: z.string(),
  status: TicketStatus,
  priority: TicketPriority,
  type: TicketType.nullable(),
  requester: z.object({ id: Id, name: z.string() }),
  assignee: z.object({ id: Id, name: z.string() }).nullable(),
  team: z.object({ id: Id, name: z.string() }).nullable(),
  tags: z.array(z.string()),
  activityIndicator: ActivityIndicator,
  nextActivityDueAt: Timestamp.nullable(),
  slaDueAt: Timestamp.nullable(),
  slaIndicator: SlaIndicator,
  updatedAt: Timestamp,
});
export type BoardCard = z.infer<typeof BoardCard>;

export const Board = z.object({
  groupBy: BoardGroupBy,
  columns: z.array(BoardColumn),
  cards: z.array(BoardCard),
});
export type Board = z.infer<typeof Board>;

/** A drop on the board: the ticket moves to the column `toColumnKey`. */
export const BoardMoveInput = z.object({
  groupBy: BoardGroupBy,
  toColumnKey: z.string().min(1).max(100),
  resolution: Resolution.optional(),
  resolutionReasonId: Id.optional(),
});
export type BoardMoveInput = z.infer<typeof BoardMoveInput>;
