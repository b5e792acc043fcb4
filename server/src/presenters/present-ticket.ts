import type { Ticket } from '@atiende/contracts';
import { activityIndicatorOf } from './activity-indicator';
import { slaIndicatorOf } from './sla-indicator';
import type { TicketRow } from '../queries/ticket-rows';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The only way a ticket leaves the server (HTTP and realtime). */
export function presentTicket(row: TicketRow): Ticket {
  const t = row.ticket;
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    type: t.type,
    channel: t.channel,
    requester: { id: t.requesterContactId, name: row.requesterName, email: row.requesterEmail },
    company: t.companyId && row.companyName ? { id: t.companyId, name: row.companyName } : null,
    assignee:
      t.assigneeAgentId && row.assigneeName ? { id: t.assigneeAgentId, name: row.assigneeName } : null,
    team: t.teamId && row.teamName ? { id: t.teamId, name: row.teamName } : null,
    tags: t.tags,
    messageCount: t.messageCount,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    firstResponseAt: iso(t.firstResponseAt),
    solvedAt: iso(t.solvedAt),
    closedAt: iso(t.closedAt),
    lastMessageAt: t.lastMessageAt.toISOString(),
    customStatus:
      t.customStatusId && row.customStatusName ? { id: t.customStatusId, name: row.customStatusName } : null,
    resolution: t.resolution,
    resolutionReason:
      t.resolutionReasonId && row.resolutionReasonName
        ? { id: t.resolutionReasonId, name: row.resolutionReasonName }
        : null,
    trashedAt: iso(t.trashedAt),
    trashReason: t.trashReason,
    customFields: t.customFields as Ticket['customFields'],
    nextActivityDueAt: iso(t.nextActivityDueAt),
    activityIndicator: activityIndicatorOf(t.nextActivityDueAt),
    slaDueAt: iso(t.slaDueAt),
    slaBreachedAt: iso(t.slaBreachedAt),
    slaIndicator: slaIndicatorOf(t.slaDueAt, t.slaPaused),
  };
}
