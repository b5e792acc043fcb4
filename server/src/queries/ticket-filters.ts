import { and, arrayContains, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SlaIndicator, TicketFilters } from '@atiende/contracts';
import { tickets } from '../db/schema';
import type { AuthContext } from '../lib/auth-context';
import { ACTIVITY_DUE_SOON_MS } from '../presenters/activity-indicator';
import { SLA_WARNING_MS } from '../presenters/sla-indicator';

const dueSoonInterval = sql.raw(`interval '${String(ACTIVITY_DUE_SOON_MS / 1000)} seconds'`);
const slaWarningInterval = sql.raw(`interval '${String(SLA_WARNING_MS / 1000)} seconds'`);

/** The SLA light as SQL, the same rules as `slaIndicatorOf` evaluated at the statement's time. */
function slaCondition(indicator: SlaIndicator): SQL {
  switch (indicator) {
    case 'breached':
      return sql`${tickets.slaDueAt} <= now()`;
    case 'warning':
      return sql`(${tickets.slaDueAt} > now() AND ${tickets.slaDueAt} <= now() + ${slaWarningInterval})`;
    case 'ok':
      return sql`${tickets.slaDueAt} > now() + ${slaWarningInterval}`;
    case 'paused':
      return sql`(${tickets.slaDueAt} IS NULL AND ${tickets.slaPaused})`;
    case 'none':
      return sql`(${tickets.slaDueAt} IS NULL AND NOT ${tickets.slaPaused})`;
  }
}

function activityCondition(indicator: 'none' | 'future' | 'due'): SQL {
  switch (indicator) {
    case 'none':
      return isNull(tickets.nextActivityDueAt);
    case 'due':
      return sql`${tickets.nextActivityDueAt} <= now() + ${dueSoonInterval}`;
    case 'future':
      return sql`${tickets.nextActivityDueAt} > now() + ${dueSoonInterval}`;
  }
}

/**
 * The WHERE conditions for the shared ticket filters (inbox list, saved-view counts, board, bulk
 * selection), always starting with the caller's workspace. Without a status filter the trash is
 * left out, as agents expect: trashed tickets only show in the trash view.
 */
export function ticketFilterConditions(ctx: AuthContext, q: TicketFilters): SQL[] {
  const conditions: SQL[] = [eq(tickets.workspaceId, ctx.workspaceId)];
  if (q.status?.length) conditions.push(inArray(tickets.status, q.status));
  else conditions.push(ne(tickets.status, 'trashed'));
  if (q.customStatusId?.length) conditions.push(inArray(tickets.customStatusId, q.customStatusId));
  if (q.priority?.length) conditions.push(inArray(tickets.priority, q.priority));
  if (q.type?.length) conditions.push(inArray(tickets.type, q.type));
  if (q.tags?.length) conditions.push(arrayContains(tickets.tags, q.tags));
  if (q.assigneeId === 'none') conditions.push(isNull(tickets.assigneeAgentId));
  else if (q.assigneeId === 'me') {
    // An API token is nobody: "mine" matches nothing rather than everything.
    conditions.push(ctx.agentId ? eq(tickets.assigneeAgentId, ctx.agentId) : sql`false`);
  } else if (q.assigneeId) conditions.push(eq(tickets.assigneeAgentId, q.assigneeId));
  if (q.teamId === 'none') conditions.push(isNull(tickets.teamId));
  else if (q.teamId) conditions.push(eq(tickets.teamId, q.teamId));
  if (q.requesterId) conditions.push(eq(tickets.requesterContactId, q.requesterId));
  if (q.companyId) conditions.push(eq(tickets.companyId, q.companyId));
  if (q.activity?.length) {
    const any = or(...q.activity.map(activityCondition));
    if (any) conditions.push(any);
  }
  if (q.sla?.length) {
    const any = or(...q.sla.map(slaCondition));
    if (any) conditions.push(any);
  }
  if (q.createdFrom) conditions.push(gte(tickets.createdAt, new Date(q.createdFrom)));
  if (q.createdTo) conditions.push(lte(tickets.createdAt, new Date(q.createdTo)));
  if (q.dueFrom) conditions.push(gte(tickets.nextActivityDueAt, new Date(q.dueFrom)));
  if (q.dueTo) conditions.push(lte(tickets.nextActivityDueAt, new Date(q.dueTo)));
  if (q.q) {
    const number = /^#?(\d{1,9})$/.exec(q.q);
    conditions.push(
      number
        ? eq(tickets.number, Number(number[1]))
        : sql`${tickets.searchVector} @@ websearch_to_tsquery('atiende_es'::regconfig, ${q.q})`,
    );
  }
  return conditions;
}

/** `ticketFilterConditions` joined into one condition. */
export function ticketFilterWhere(ctx: AuthContext, q: TicketFilters): SQL | undefined {
  return and(...ticketFilterConditions(ctx, q));
}
