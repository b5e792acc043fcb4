import { eq, sql } from 'drizzle-orm';
import { Locale, SurveyKind } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { surveyResponses } from '../db/schema';
import type { SurveyScores } from './survey-page';
import { surveyTokenHash } from './survey-token';

/** An invitation as the public page needs it, found by its link token. */
export interface SurveyInvitationView {
  id: string;
  workspaceId: string;
  ticketId: string;
  contactId: string;
  contactName: string;
  agentId: string | null;
  teamId: string | null;
  kinds: SurveyKind[];
  locale: Locale;
  timeZone: string;
  ticket: { number: number; subject: string };
  sentAt: Date | null;
  cancelledAt: Date | null;
  expiresAt: Date;
  respondedAt: Date | null;
}

interface Row extends Record<string, unknown> {
  id: string;
  workspace_id: string;
  ticket_id: string;
  contact_id: string;
  contact_name: string;
  agent_id: string | null;
  team_id: string | null;
  kinds: string[];
  locale: string;
  timezone: string;
  number: number;
  subject: string;
  sent_at: string | null;
  cancelled_at: string | null;
  expires_at: string;
  responded_at: string | null;
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * The invitation a link token opens (by the token's SHA-256, never the token itself), with the
 * ticket number and subject, the contact and the workspace's time zone; null for a token that is
 * malformed or unknown. The caller decides what cancelled or expired invitations show.
 */
export async function findSurveyInvitation(db: DbOrTx, token: string): Promise<SurveyInvitationView | null> {
  const hash = surveyTokenHash(token);
  if (hash === null) return null;
  const result = await db.execute<Row>(sql`
    SELECT i.id, i.workspace_id, i.ticket_id, i.contact_id, c.name AS contact_name, i.agent_id, i.team_id,
           i.kinds, i.locale, w.timezone, t.number, t.subject,
           i.sent_at, i.cancelled_at, i.expires_at, i.responded_at
      FROM survey_invitations i
      JOIN tickets t ON t.id = i.ticket_id
      JOIN contacts c ON c.id = i.contact_id
      JOIN workspaces w ON w.id = i.workspace_id
     WHERE i.token_hash = ${hash}`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    ticketId: row.ticket_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    agentId: row.agent_id,
    teamId: row.team_id,
    kinds: row.kinds.flatMap((kind) => {
      const parsed = SurveyKind.safeParse(kind);
      return parsed.success ? [parsed.data] : [];
    }),
    locale: Locale.catch('es').parse(row.locale),
    timeZone: row.timezone,
    ticket: { number: row.number, subject: row.subject },
    sentAt: dateOrNull(row.sent_at),
    cancelledAt: dateOrNull(row.cancelled_at),
    expiresAt: new Date(row.expires_at),
    respondedAt: dateOrNull(row.responded_at),
  };
}

/** The answers recorded for an invitation: score per kind and the comment (null when none). */
export async function surveyAnswersOf(
  db: DbOrTx,
  invitationId: string,
): Promise<{ scores: SurveyScores; comment: string | null }> {
  const rows = await db
    .select({ kind: surveyResponses.kind, score: surveyResponses.score, comment: surveyResponses.comment })
    .from(surveyResponses)
    .where(eq(surveyResponses.invitationId, invitationId));
  const scores: SurveyScores = {};
  let comment: string | null = null;
  for (const row of rows) {
    scores[row.kind] = row.score;
    comment ??= row.comment;
  }
  return { scores, comment };
}
