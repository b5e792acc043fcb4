import { sql } from 'drizzle-orm';
import type { SurveySummary } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';

export interface SurveySummaryScope {
  workspaceId: string;
  from: Date;
  to: Date;
  agentId?: string | undefined;
  teamId?: string | undefined;
}

interface KindRow extends Record<string, unknown> {
  kind: string;
  responses: number;
  satisfied: number;
  average: number | null;
  promoters: number;
  passives: number;
  detractors: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * CSAT, CES and NPS for answers given in [from, to), optionally for one agent or team (credited at
 * solve time). One definition for the dashboard and the survey report: CSAT = share of 4–5 out of
 * 5, NPS = % promoters (9–10) − % detractors (0–6) on a −100…100 scale, CES = mean of 1–7.
 */
export async function surveySummary(db: DbOrTx, scope: SurveySummaryScope): Promise<SurveySummary> {
  const who = sql.join(
    [
      sql`workspace_id = ${scope.workspaceId}`,
      ...(scope.agentId ? [sql`agent_id = ${scope.agentId}`] : []),
      ...(scope.teamId ? [sql`team_id = ${scope.teamId}`] : []),
    ],
    sql` AND `,
  );
  const [byKind, invitations] = await Promise.all([
    db.execute<KindRow>(sql`
      SELECT kind,
             count(*)::int AS responses,
             (count(*) FILTER (WHERE score >= 4))::int AS satisfied,
             avg(score)::float8 AS average,
             (count(*) FILTER (WHERE score >= 9))::int AS promoters,
             (count(*) FILTER (WHERE score BETWEEN 7 AND 8))::int AS passives,
             (count(*) FILTER (WHERE score <= 6))::int AS detractors
        FROM survey_responses
       WHERE ${who} AND responded_at >= ${scope.from} AND responded_at < ${scope.to}
       GROUP BY kind`),
    db.execute<{ sent: number; answered: number }>(sql`
      SELECT count(*)::int AS sent, (count(*) FILTER (WHERE responded_at IS NOT NULL))::int AS answered
        FROM survey_invitations
       WHERE ${who} AND sent_at >= ${scope.from} AND sent_at < ${scope.to}`),
  ]);
  const row = (kind: string) => byKind.rows.find((r) => r.kind === kind);
  const csat = row('csat');
  const ces = row('ces');
  const nps = row('nps');
  const npsResponses = nps?.responses ?? 0;
  const sent = invitations.rows[0]?.sent ?? 0;
  return {
    csat: {
      responses: csat?.responses ?? 0,
      satisfied: csat?.satisfied ?? 0,
      score: share(csat?.satisfied ?? 0, csat?.responses ?? 0),
    },
    ces: { responses: ces?.responses ?? 0, average: ces?.average ?? null },
    nps: {
      responses: npsResponses,
      promoters: nps?.promoters ?? 0,
      passives: nps?.passives ?? 0,
      detractors: nps?.detractors ?? 0,
      score:
        npsResponses > 0
          ? Math.round((((nps?.promoters ?? 0) - (nps?.detractors ?? 0)) / npsResponses) * 1000) / 10
          : null,
    },
    invitationsSent: sent,
    responseRate: share(invitations.rows[0]?.answered ?? 0, sent),
  };
}
