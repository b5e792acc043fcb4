import type { BoardCard } from '@atiende/contracts';
import type { tickets } from '../db/schema';
import { activityIndicatorOf } from './activity-indicator';
import { slaIndicatorOf } from './sla-indicator';

type TicketRecord = typeof tickets.$inferSelect;

/** What a board card needs from a ticket and the names it points to. */
export interface BoardCardRow {
  columnKey: string;
  ticket: Pick<
    TicketRecord,
    | 'id'
    | 'number'
    | 'subject'
    | 'status'
    | 'priority'
    | 'type'
    | 'requesterContactId'
    | 'assigneeAgentId'
    | 'teamId'
    | 'tags'
    | 'nextActivityDueAt'
    | 'slaDueAt'
    | 'slaPaused'
    | 'updatedAt'
  >;
  requesterName: string;
  assigneeName: string | null;
  teamName: string | null;
}

/** The only way a board card leaves the server: a ticket's summary plus the column it sits in. */
export function presentBoardCard(row: BoardCardRow, now: Date = new Date()): BoardCard {
  const t = row.ticket;
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    columnKey: row.columnKey,
    status: t.status,
    priority: t.priority,
    type: t.type,
    requester: { id: t.requesterContactId, name: row.requesterName },
    assignee:
      t.assigneeAgentId && row.assigneeName !== null
        ? { id: t.assigneeAgentId, name: row.assigneeName }
        : null,
    team: t.teamId && row.teamName !== null ? { id: t.teamId, name: row.teamName } : null,
    tags: t.tags,
    activityIndicator: activityIndicatorOf(t.nextActivityDueAt, now),
    nextActivityDueAt: t.nextActivityDueAt ? t.nextActivityDueAt.toISOString() : null,
    slaDueAt: t.slaDueAt ? t.slaDueAt.toISOString() : null,
    slaIndicator: slaIndicatorOf(t.slaDueAt, t.slaPaused, now),
    updatedAt: t.updatedAt.toISOString(),
  };
}
