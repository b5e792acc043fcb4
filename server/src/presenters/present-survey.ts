import { SurveyKind, type SurveyResponse, type TicketSurvey } from '@atiende/contracts';
import type { surveyInvitations } from '../db/schema';

/** A survey answer row with the names it is shown with. */
export interface SurveyResponseRow {
  id: string;
  kind: SurveyKind;
  score: number;
  comment: string | null;
  respondedAt: Date;
  ticketId: string;
  ticketNumber: number;
  ticketSubject: string;
  contactId: string;
  contactName: string;
  agentId: string | null;
  agentName: string | null;
  teamId: string | null;
  teamName: string | null;
}

/** The only way a survey answer leaves the server: with its ticket, customer and credited agent/team. */
export function presentSurveyResponse(row: SurveyResponseRow): SurveyResponse {
  return {
    id: row.id,
    kind: row.kind,
    score: row.score,
    comment: row.comment,
    ticket: { id: row.ticketId, number: row.ticketNumber, subject: row.ticketSubject },
    contact: { id: row.contactId, name: row.contactName },
    agent: row.agentId ? { id: row.agentId, name: row.agentName ?? '' } : null,
    team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
    respondedAt: row.respondedAt.toISOString(),
  };
}

type InvitationRow = Pick<
  typeof surveyInvitations.$inferSelect,
  'kinds' | 'sentAt' | 'scheduledFor' | 'expiresAt' | 'respondedAt'
>;

/**
 * A ticket's survey for agents: the invitation (what was or will be asked, when) and the answers.
 * The link token is never part of it.
 */
export function presentTicketSurvey(
  invitation: InvitationRow | null,
  responses: { kind: SurveyKind; score: number; comment: string | null; respondedAt: Date }[],
): TicketSurvey {
  return {
    invitation: invitation
      ? {
          kinds: invitation.kinds.filter((kind): kind is SurveyKind => SurveyKind.safeParse(kind).success),
          sentAt: invitation.sentAt?.toISOString() ?? null,
          scheduledFor: invitation.scheduledFor.toISOString(),
          expiresAt: invitation.expiresAt.toISOString(),
          respondedAt: invitation.respondedAt?.toISOString() ?? null,
        }
      : null,
    responses: responses.map((r) => ({
      kind: r.kind,
      score: r.score,
      comment: r.comment,
      respondedAt: r.respondedAt.toISOString(),
    })),
  };
}
