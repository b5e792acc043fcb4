import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { FieldChange, SurveyKind } from '@atiende/contracts';
import type { DbOrTx } from '../../db/database';
import { surveyResponses } from '../../db/schema';
import { recordEvent } from '../../events/record-event';
import type { AuthContext } from '../../lib/auth-context';
import type { SurveyInvitationView } from '../../surveys/find-survey-invitation';
import { surveyAnswersOf } from '../../surveys/find-survey-invitation';
import type { SurveyScores } from '../../surveys/survey-page';

/** What happened to an answer: recorded (or unchanged), or refused because the link closed meanwhile. */
export type AnswerOutcome = 'answered' | 'unchanged' | 'expired' | 'gone';

/** The customer as the actor of their answer. */
function customerContext(invitation: SurveyInvitationView): AuthContext {
  return {
    workspaceId: invitation.workspaceId,
    actor: { type: 'contact', id: invitation.contactId, name: invitation.contactName },
    role: 'agent',
    agentId: null,
    via: 'token',
  };
}

interface LockRow extends Record<string, unknown> {
  cancelled: boolean;
  expired: boolean;
}

/**
 * Records a customer's answer to an invitation in one transaction: one `survey_responses` row per
 * answered kind (answering again replaces the score; other kinds answered before stay), the
 * comment kept on the first answered question, invitation.responded_at set the first time, and a
 * `survey.responded` event on the ticket whose changes are the scores and comment that changed
 * (`{field:'csat', from: 3 | null, to: 5}`), by the contact. Answers are credited to the agent and
 * team of the invitation. Sending the same answer again changes nothing and records nothing.
 */
export async function answerSurvey(
  db: DbOrTx,
  invitation: SurveyInvitationView,
  answer: { scores: SurveyScores; comment: string | null },
): Promise<AnswerOutcome> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<LockRow>(sql`
      SELECT cancelled_at IS NOT NULL AS cancelled, expires_at <= now() AS expired
        FROM survey_invitations WHERE id = ${invitation.id} FOR UPDATE`);
    const state = lock.rows[0];
    if (!state || state.cancelled) return 'gone';
    if (state.expired) return 'expired';

    const before = await surveyAnswersOf(tx, invitation.id);
    const answered = invitation.kinds.filter((kind) => answer.scores[kind] !== undefined);
    if (answered.length === 0) return 'unchanged';
    const changes: FieldChange[] = answered
      .filter((kind) => before.scores[kind] !== answer.scores[kind])
      .map((kind) => ({ field: kind, from: before.scores[kind] ?? null, to: answer.scores[kind] }));
    if (answer.comment !== before.comment)
      changes.push({ field: 'comment', from: before.comment, to: answer.comment });
    if (changes.length === 0) return 'unchanged';

    const now = new Date();
    const commentKind: SurveyKind | undefined = answered[0];
    await tx
      .insert(surveyResponses)
      .values(
        answered.map((kind) => ({
          workspaceId: invitation.workspaceId,
          invitationId: invitation.id,
          ticketId: invitation.ticketId,
          contactId: invitation.contactId,
          agentId: invitation.agentId,
          teamId: invitation.teamId,
          kind,
          score: answer.scores[kind] ?? 0,
          comment: kind === commentKind ? answer.comment : null,
          respondedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [surveyResponses.invitationId, surveyResponses.kind],
        set: {
          score: sql`excluded.score`,
          comment: sql`excluded.comment`,
          respondedAt: sql`excluded.responded_at`,
        },
      });
    // A comment moved to another question must not stay behind on one not answered this time.
    await tx
      .update(surveyResponses)
      .set({ comment: null })
      .where(
        and(
          eq(surveyResponses.invitationId, invitation.id),
          isNotNull(surveyResponses.comment),
          notInArray(surveyResponses.kind, answered),
        ),
      );
    await tx.execute(sql`
      UPDATE survey_invitations SET responded_at = coalesce(responded_at, ${now.toISOString()}::timestamptz)
       WHERE id = ${invitation.id}`);
    await recordEvent(tx, customerContext(invitation), {
      type: 'survey.responded',
      ticketId: invitation.ticketId,
      entityId: invitation.id,
      changes,
    });
    return 'answered';
  });
}
