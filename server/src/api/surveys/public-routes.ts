import fastifyFormbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale, SurveyKind } from '@atiende/contracts';
import { answerSurvey } from '../../commands/surveys/answer-survey';
import {
  findSurveyInvitation,
  surveyAnswersOf,
  type SurveyInvitationView,
} from '../../surveys/find-survey-invitation';
import { parseSurveyForm, scoreFrom } from '../../surveys/parse-survey-form';
import {
  renderSurveyForm,
  renderSurveyThanks,
  type SurveyErrors,
  type SurveyScores,
} from '../../surveys/survey-page';
import { renderSurveyMessage, SURVEY_PAGE_HEADERS } from '../../surveys/survey-page-layout';
import { fill, formatSurveyDate, localeFromAcceptLanguage, surveyTexts } from '../../surveys/survey-texts';
import type { ApiDeps } from '../deps';
import { PUBLIC } from '../plugins/auth-modes';

interface TokenRequest {
  Params: { token: string };
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply.status(status).headers(SURVEY_PAGE_HEADERS).send(html);
}

function notFoundPage(reply: FastifyReply, locale: Locale) {
  const t = surveyTexts(locale);
  return sendPage(reply, 404, renderSurveyMessage(locale, t.notFoundTitle, t.notFoundBody));
}

function expiredPage(reply: FastifyReply, invitation: SurveyInvitationView) {
  const t = surveyTexts(invitation.locale);
  const date = formatSurveyDate(invitation.expiresAt, invitation.locale, invitation.timeZone);
  return sendPage(
    reply,
    410,
    renderSurveyMessage(invitation.locale, t.expiredTitle, fill(t.expiredBody, { date })),
  );
}

/** The invitation behind the URL when it can be answered; otherwise the 404/410 page was sent. */
async function openInvitation(
  deps: ApiDeps,
  request: FastifyRequest<TokenRequest>,
  reply: FastifyReply,
): Promise<SurveyInvitationView | null> {
  const invitation = await findSurveyInvitation(deps.database.db, request.params.token);
  const usable = invitation !== null && invitation.cancelledAt === null && invitation.sentAt !== null;
  if (!usable) {
    await notFoundPage(
      reply,
      invitation?.locale ?? localeFromAcceptLanguage(request.headers['accept-language']),
    );
    return null;
  }
  if (invitation.expiresAt <= new Date()) {
    await expiredPage(reply, invitation);
    return null;
  }
  return invitation;
}

/** Scores preselected by the email's one-click links (`?csat=4`); out-of-range values are ignored. */
function scoresFromQuery(query: unknown, kinds: readonly SurveyKind[]): SurveyScores {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const scores: SurveyScores = {};
  for (const kind of kinds) {
    const score = scoreFrom(kind, fields[kind]);
    if (score !== null) scores[kind] = score;
  }
  return scores;
}

function formModel(
  invitation: SurveyInvitationView,
  token: string,
  view: { scores: SurveyScores; comment: string; errors: SurveyErrors },
) {
  return {
    locale: invitation.locale,
    timeZone: invitation.timeZone,
    token,
    ticket: invitation.ticket,
    kinds: invitation.kinds,
    expiresAt: invitation.expiresAt,
    answeredBefore: invitation.respondedAt !== null,
    ...view,
  };
}

/**
 * The public survey page at /s/:token, server-rendered HTML in the invitation's language (no SPA,
 * no scripts, everything escaped). GET shows the questions, preselecting `?csat=N` from the email
 * or the earlier answer, and never records anything (mail scanners prefetch links). POST (a plain
 * form) validates each score, re-rendering with the message next to the question (400), then
 * records the answer and shows a thank-you page from which it can be changed until the link
 * expires. Unknown or cancelled links answer 404, expired ones 410, both as pages.
 */
export function surveyPublicRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    // Registered here only: form posts are accepted by the survey page and nowhere else.
    await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
    const config = { auth: PUBLIC };
    const schema = { hide: true };

    app.get<TokenRequest>('/s/:token', { config, schema }, async (request, reply) => {
      const invitation = await openInvitation(deps, request, reply);
      if (!invitation) return reply;
      const saved = await surveyAnswersOf(deps.database.db, invitation.id);
      const scores = { ...saved.scores, ...scoresFromQuery(request.query, invitation.kinds) };
      const html = renderSurveyForm(
        formModel(invitation, request.params.token, { scores, comment: saved.comment ?? '', errors: {} }),
      );
      return sendPage(reply, 200, html);
    });

    app.post<TokenRequest>('/s/:token', { config, schema }, async (request, reply) => {
      const invitation = await openInvitation(deps, request, reply);
      if (!invitation) return reply;
      const parsed = parseSurveyForm(request.body, invitation.kinds, surveyTexts(invitation.locale));
      if (!parsed.ok) {
        const html = renderSurveyForm(formModel(invitation, request.params.token, parsed));
        return sendPage(reply, 400, html);
      }
      const outcome = await answerSurvey(deps.database.db, invitation, parsed);
      if (outcome === 'gone') return notFoundPage(reply, invitation.locale);
      if (outcome === 'expired') return expiredPage(reply, invitation);
      const saved = await surveyAnswersOf(deps.database.db, invitation.id);
      const html = renderSurveyThanks({
        locale: invitation.locale,
        timeZone: invitation.timeZone,
        token: request.params.token,
        ticket: invitation.ticket,
        kinds: invitation.kinds,
        expiresAt: invitation.expiresAt,
        scores: saved.scores,
        comment: saved.comment ?? '',
      });
      return sendPage(reply, 200, html);
    });
  };
}
