import { eq, sql } from 'drizzle-orm';
import type { SurveyKind } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { surveyInvitations, surveySettings } from '../db/schema';
import { answerSurvey } from '../commands/surveys/answer-survey';
import { randomSecret, sha256 } from '../lib/secrets';
import type { SurveyScores } from '../surveys/survey-page';

/** CSAT, NPS and comment of each answered demo survey, in ticket order: mostly happy, a few not. */
const ANSWERS: { csat: number; nps?: number; comment?: string }[] = [
  { csat: 5, nps: 10, comment: 'Muy rápidos y amables, ¡gracias!' },
  { csat: 4, nps: 8 },
  { csat: 5, comment: 'Resolvieron todo en una sola llamada.' },
  { csat: 2, nps: 4, comment: 'Tuve que escribir tres veces para que me respondieran.' },
  { csat: 4, nps: 9, comment: 'Atendimento excelente, resolveram no mesmo dia.' },
  { csat: 5, nps: 10 },
  { csat: 3, comment: 'Se solucionó, pero tardó más de lo esperado.' },
  { csat: 5, nps: 9, comment: 'Muito obrigado pela paciência.' },
  { csat: 4 },
  { csat: 1, nps: 2, comment: 'El problema volvió a aparecer al día siguiente.' },
  { csat: 5, nps: 7, comment: 'Buena atención.' },
  { csat: 2, comment: 'Nadie me explicó qué había pasado con mi pedido.' },
];

interface DemoInvitation extends Record<string, unknown> {
  id: string;
  ticket_id: string;
  contact_id: string;
  contact_name: string;
  agent_id: string | null;
  team_id: string | null;
  number: number;
  subject: string;
  solved_at: string;
  timezone: string;
  first_for_contact: boolean;
}

/**
 * Turns the invitations the survey processor scheduled while the demo tickets were solved into a
 * realistic history: NPS switched on, each invitation sent an hour after its (backdated) solve,
 * about 60% answered through the real answer command (scores, comments and `survey.responded`
 * events), with answers a few hours after the email, so the dashboard and the surveys page show
 * real numbers. Links of seeded invitations are random and unknown (nobody can open them).
 */
export async function seedDemoSurveys(db: DbOrTx, workspaceId: string): Promise<void> {
  await db.insert(surveySettings).values({ workspaceId, npsEnabled: true }).onConflictDoNothing();
  const result = await db.execute<DemoInvitation>(sql`
    SELECT i.id, i.ticket_id, i.contact_id, c.name AS contact_name, i.agent_id, i.team_id,
           t.number, t.subject, t.solved_at, w.timezone,
           row_number() OVER (PARTITION BY i.contact_id ORDER BY t.solved_at) = 1 AS first_for_contact
      FROM survey_invitations i
      JOIN tickets t ON t.id = i.ticket_id
      JOIN contacts c ON c.id = i.contact_id
      JOIN workspaces w ON w.id = i.workspace_id
     WHERE i.workspace_id = ${workspaceId} AND i.cancelled_at IS NULL
       AND t.solved_at < now() - interval '2 hours'
     ORDER BY t.number`);
  let answered = 0;
  for (const [index, row] of result.rows.entries()) {
    const kinds: SurveyKind[] = row.first_for_contact ? ['csat', 'nps'] : ['csat'];
    const sentAt = new Date(new Date(row.solved_at).getTime() + 3600_000);
    // Sent now with a live link so the real command accepts the answer; the times are moved back below.
    await db
      .update(surveyInvitations)
      .set({
        kinds,
        tokenHash: sha256(`demo:${randomSecret()}`),
        sentAt,
        scheduledFor: sentAt,
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .where(eq(surveyInvitations.id, row.id));
    const plan = index % 5 === 1 || index % 5 === 3 ? undefined : ANSWERS[answered % ANSWERS.length];
    if (plan) {
      answered += 1;
      const scores: SurveyScores = {
        csat: plan.csat,
        ...(kinds.includes('nps') && plan.nps !== undefined ? { nps: plan.nps } : {}),
      };
      await answerSurvey(
        db,
        {
          id: row.id,
          workspaceId,
          ticketId: row.ticket_id,
          contactId: row.contact_id,
          contactName: row.contact_name,
          agentId: row.agent_id,
          teamId: row.team_id,
          kinds,
          locale: 'es',
          timeZone: row.timezone,
          ticket: { number: row.number, subject: row.subject },
          sentAt,
          cancelledAt: null,
          expiresAt: new Date(Date.now() + 86_400_000),
          respondedAt: null,
        },
        { scores, comment: plan.comment ?? null },
      );
    }
    const answeredAt = new Date(sentAt.getTime() + (1 + (index % 7) * 3) * 3600_000);
    const at = new Date(Math.min(answeredAt.getTime(), Date.now() - 60_000)).toISOString();
    await db.execute(sql`
      UPDATE survey_invitations
         SET expires_at = scheduled_for + interval '14 days',
             created_at = ${row.solved_at}::timestamptz,
             responded_at = CASE WHEN responded_at IS NULL THEN NULL ELSE ${at}::timestamptz END
       WHERE id = ${row.id}`);
    await db.execute(
      sql`UPDATE survey_responses SET responded_at = ${at}::timestamptz WHERE invitation_id = ${row.id}`,
    );
    await db.execute(sql`
      UPDATE events SET created_at = ${at}::timestamptz
       WHERE ticket_id = ${row.ticket_id} AND type = 'survey.responded'`);
  }
}
