import { createHash } from 'node:crypto';
import type { SurveyPlan } from '../gen/survey-plan';
import type { TicketPlan } from '../gen/ticket-plan';
import { copyLine, textArray, timestamp } from './copy';

export const INVITATION_COLUMNS = [
  'id',
  'workspace_id',
  'ticket_id',
  'contact_id',
  'agent_id',
  'team_id',
  'kinds',
  'locale',
  'token_hash',
  'scheduled_for',
  'sent_at',
  'expires_at',
  'responded_at',
  'created_at',
];
export const RESPONSE_COLUMNS = [
  'workspace_id',
  'invitation_id',
  'ticket_id',
  'contact_id',
  'agent_id',
  'team_id',
  'kind',
  'score',
  'comment',
  'responded_at',
  'created_at',
];

/** A planned survey with the ticket it belongs to. */
export interface PlannedSurvey {
  ticket: TicketPlan;
  survey: SurveyPlan;
}

/**
 * COPY lines of `survey_invitations`. The generated links are never mailed, so each token hash is
 * a hash of the invitation id: unique, like the product's, and answerable by nobody.
 */
export function* invitationLines(workspaceId: string, surveys: readonly PlannedSurvey[]): Generator<string> {
  for (const { ticket: p, survey: s } of surveys) {
    yield copyLine([
      s.id,
      workspaceId,
      p.id,
      p.contact.id,
      p.assignee?.id ?? null,
      p.teamId,
      textArray(s.kinds),
      p.contact.locale,
      createHash('sha256').update(`bench:${s.id}`).digest('hex'),
      timestamp(s.scheduledFor),
      timestamp(s.sentAt),
      timestamp(s.expiresAt),
      timestamp(s.respondedAt),
      timestamp(p.solvedAt),
    ]);
  }
}

/** COPY lines of `survey_responses`: one per answered question. */
export function* responseLines(workspaceId: string, surveys: readonly PlannedSurvey[]): Generator<string> {
  for (const { ticket: p, survey: s } of surveys) {
    if (s.respondedAt === null) continue;
    for (const a of s.answers) {
      yield copyLine([
        workspaceId,
        s.id,
        p.id,
        p.contact.id,
        p.assignee?.id ?? null,
        p.teamId,
        a.kind,
        a.score,
        a.comment,
        timestamp(s.respondedAt),
        timestamp(s.respondedAt),
      ]);
    }
  }
}
