import { and, asc, desc, eq, gte, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SurveyResponse, SurveyResponseQuery, TicketSurvey } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { agents, contacts, surveyInvitations, surveyResponses, teams, tickets } from '../db/schema';
import { assertInWorkspace } from '../commands/assert-in-workspace';
import { invalidField, notFound } from '../lib/app-error';
import type { AuthContext } from '../lib/auth-context';
import { authorize } from '../policies/abilities';
import { presentSurveyResponse, presentTicketSurvey } from '../presenters/present-survey';
import { decodeCursor, toPage } from './keyset-cursor';

const SORT = 'responded_desc';
/** responded_at with its microseconds, so the keyset never skips or repeats a row. */
const respondedKey = sql<string>`to_char(${surveyResponses.respondedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Checks the filter ids belong to the caller's workspace (400 naming the field otherwise). */
export async function assertSurveyFilters(
  db: DbOrTx,
  ctx: AuthContext,
  filters: { agentId?: string | undefined; teamId?: string | undefined },
): Promise<void> {
  await assertInWorkspace(db, agents, ctx.workspaceId, filters.agentId, 'agentId');
  await assertInWorkspace(db, teams, ctx.workspaceId, filters.teamId, 'teamId');
}

function conditions(ctx: AuthContext, query: SurveyResponseQuery): SQL[] {
  const where: (SQL | undefined)[] = [
    eq(surveyResponses.workspaceId, ctx.workspaceId),
    query.kind ? eq(surveyResponses.kind, query.kind) : undefined,
    query.agentId ? eq(surveyResponses.agentId, query.agentId) : undefined,
    query.teamId ? eq(surveyResponses.teamId, query.teamId) : undefined,
    query.maxScore !== undefined ? lte(surveyResponses.score, query.maxScore) : undefined,
    query.from ? gte(surveyResponses.respondedAt, new Date(query.from)) : undefined,
    query.to ? lt(surveyResponses.respondedAt, new Date(query.to)) : undefined,
  ];
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, SORT, 2);
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) {
      throw invalidField('cursor', 'Invalid cursor; start again from the first page');
    }
    where.push(
      sql`(${surveyResponses.respondedAt}, ${surveyResponses.id}) < (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  return where.filter((c): c is SQL => c !== undefined);
}

/**
 * Survey answers of the workspace, newest first (keyset on responded_at, id; index
 * survey_responses_workspace_idx), filtered by kind, credited agent or team, a maximum score
 * (e.g. the unhappy CSAT answers) and a time window [from, to). Needs `tickets.read`.
 */
export async function listSurveyResponses(
  db: DbOrTx,
  ctx: AuthContext,
  query: SurveyResponseQuery,
): Promise<{ items: SurveyResponse[]; nextCursor: string | null }> {
  authorize(ctx, 'tickets.read');
  await assertSurveyFilters(db, ctx, query);
  const rows = await db
    .select({
      id: surveyResponses.id,
      kind: surveyResponses.kind,
      score: surveyResponses.score,
      comment: surveyResponses.comment,
      respondedAt: surveyResponses.respondedAt,
      respondedKey,
      ticketId: surveyResponses.ticketId,
      ticketNumber: tickets.number,
      ticketSubject: tickets.subject,
      contactId: surveyResponses.contactId,
      contactName: contacts.name,
      agentId: surveyResponses.agentId,
      agentName: agents.name,
      teamId: surveyResponses.teamId,
      teamName: teams.name,
    })
    .from(surveyResponses)
    .innerJoin(tickets, eq(tickets.id, surveyResponses.ticketId))
    .innerJoin(contacts, eq(contacts.id, surveyResponses.contactId))
    .leftJoin(agents, eq(agents.id, surveyResponses.agentId))
    .leftJoin(teams, eq(teams.id, surveyResponses.teamId))
    .where(and(...conditions(ctx, query)))
    .orderBy(desc(surveyResponses.respondedAt), desc(surveyResponses.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, presentSurveyResponse, {
    sort: SORT,
    valuesOf: (row) => [row.respondedKey, row.id],
  });
}

/**
 * A ticket's survey (404 for a ticket outside the caller's workspace): the invitation that went
 * out, or else the one waiting to go out (null when none: not solved yet, not finalized, surveys
 * off, or cancelled by a reopen), and the answers in the order of the questions.
 */
export async function ticketSurvey(db: DbOrTx, ctx: AuthContext, ticketId: string): Promise<TicketSurvey> {
  authorize(ctx, 'tickets.read');
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, ctx.workspaceId), eq(tickets.id, ticketId)));
  if (!ticket) throw notFound('Ticket');
  const [invitation] = await db
    .select()
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.workspaceId, ctx.workspaceId),
        eq(surveyInvitations.ticketId, ticketId),
        or(isNotNull(surveyInvitations.sentAt), isNull(surveyInvitations.cancelledAt)),
      ),
    )
    .orderBy(sql`${surveyInvitations.sentAt} IS NULL`, desc(surveyInvitations.createdAt))
    .limit(1);
  const responses = invitation
    ? await db
        .select({
          kind: surveyResponses.kind,
          score: surveyResponses.score,
          comment: surveyResponses.comment,
          respondedAt: surveyResponses.respondedAt,
        })
        .from(surveyResponses)
        .where(
          and(
            eq(surveyResponses.workspaceId, ctx.workspaceId),
            eq(surveyResponses.invitationId, invitation.id),
          ),
        )
        .orderBy(asc(surveyResponses.kind))
    : [];
  const order = invitation?.kinds ?? [];
  responses.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return presentTicketSurvey(invitation ?? null, responses);
}
