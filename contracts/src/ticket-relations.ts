import { z } from 'zod';
import { Id, Timestamp } from './common';
import { TicketStatus } from './ticket';

/** Enough of another ticket to show and open it. */
export const TicketRef = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.string(),
  status: TicketStatus,
});
export type TicketRef = z.infer<typeof TicketRef>;

/**
 * Link kinds. `incident` goes from an incident to its problem; `merged_into`, `split_from` and
 * `follow_up_of` go from the newer/absorbed ticket to the other one.
 */
export const TicketLinkKind = z.enum(['related', 'incident', 'merged_into', 'split_from', 'follow_up_of']);
export type TicketLinkKind = z.infer<typeof TicketLinkKind>;

/** A link as seen from one ticket: `outgoing` when this ticket is the link's source. */
export const TicketLink = z.object({
  id: Id,
  kind: TicketLinkKind,
  direction: z.enum(['outgoing', 'incoming']),
  ticket: TicketRef,
  createdAt: Timestamp,
});
export type TicketLink = z.infer<typeof TicketLink>;

/** Links an agent makes by hand; the other kinds are made by merge, split and follow-ups. */
export const CreateTicketLinkInput = z.object({
  targetTicketId: Id,
  kind: z.enum(['related', 'incident']),
});
export type CreateTicketLinkInput = z.infer<typeof CreateTicketLinkInput>;

/**
 * Merges the sources into the ticket in the URL: their messages and requesters move over, each source
 * is closed with a `merged_into` link. `notifyRequesters` sends each customer a short public notice.
 */
export const MergeTicketsInput = z.object({
  sourceTicketIds: z.array(Id).min(1).max(50),
  notifyRequesters: z.boolean().default(false),
});
export type MergeTicketsInput = z.infer<typeof MergeTicketsInput>;

/** Moves one message (and everything after it, when `withLaterMessages`) into a new ticket. */
export const SplitTicketInput = z.object({
  messageId: Id,
  subject: z.string().trim().min(1).max(300).optional(),
  withLaterMessages: z.boolean().default(false),
});
export type SplitTicketInput = z.infer<typeof SplitTicketInput>;

/** Solves a problem ticket and every open incident linked to it, with one public reply to each requester. */
export const SolveProblemInput = z.object({
  bodyText: z.string().trim().min(1).max(100_000),
});
export type SolveProblemInput = z.infer<typeof SolveProblemInput>;

/**
 * How many incidents were solved; `failedIncidents` lists the ones a rule kept open (e.g. a
 * required field missing), with the reason, so the agent can finish them by hand.
 */
export const SolveProblemResult = z.object({
  solvedIncidents: z.number().int(),
  failedIncidents: z.array(z.object({ ticket: TicketRef, message: z.string() })).optional(),
});
export type SolveProblemResult = z.infer<typeof SolveProblemResult>;

export const ActivityKind = z.enum(['call', 'email', 'meeting', 'task']);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** A follow-up task on a ticket, with an owner and a due date. */
export const Activity = z.object({
  id: Id,
  ticketId: Id,
  title: z.string(),
  kind: ActivityKind,
  dueAt: Timestamp,
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  doneAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Activity = z.infer<typeof Activity>;

export const CreateActivityInput = z.object({
  title: z.string().trim().min(1).max(300),
  kind: ActivityKind.default('task'),
  dueAt: Timestamp,
  ownerId: Id.nullable().default(null),
});
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

export const UpdateActivityInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: ActivityKind,
    dueAt: Timestamp,
    ownerId: Id.nullable(),
    done: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to update' });
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;

/** Time a ticket spent in each status, with each assignee and with each team (closed stretches plus the current one). */
export const TimeInStage = z.object({
  status: z.array(z.object({ status: TicketStatus, seconds: z.number() })),
  assignee: z.array(
    z.object({ agent: z.object({ id: Id, name: z.string() }).nullable(), seconds: z.number() }),
  ),
  team: z.array(z.object({ team: z.object({ id: Id, name: z.string() }).nullable(), seconds: z.number() })),
});
export type TimeInStage = z.infer<typeof TimeInStage>;
