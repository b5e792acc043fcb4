import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Id,
  SurveyResponsePage,
  SurveyResponseQuery,
  SurveySettings,
  SurveySummary,
  SurveySummaryQuery,
  TicketSurvey,
  UpdateSurveySettingsInput,
} from '@atiende/contracts';
import { updateSurveySettings } from '../../commands/surveys/update-survey-settings';
import { authorize } from '../../policies/abilities';
import { surveySummary } from '../../queries/survey-summary';
import { assertSurveyFilters, listSurveyResponses, ticketSurvey } from '../../queries/survey-responses';
import { surveySettingsOf } from '../../surveys/survey-settings';
import { summaryWindow } from '../../surveys/summary-window';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const tags = ['surveys'];

/**
 * /api/surveys (settings, answers, summary) and /api/tickets/:id/survey. Reading needs
 * `tickets.read` (every agent); changing the settings needs `surveys.manage` (admins).
 */
export function surveyRoutes({ database: { db } }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.get(
      '/surveys/settings',
      { config, schema: { tags, response: { 200: SurveySettings } } },
      (request) => {
        const ctx = authOf(request);
        authorize(ctx, 'tickets.read');
        return surveySettingsOf(db, ctx.workspaceId);
      },
    );
    app.patch(
      '/surveys/settings',
      { config, schema: { tags, body: UpdateSurveySettingsInput, response: { 200: SurveySettings } } },
      (request) => updateSurveySettings(db, authOf(request), request.body),
    );
    app.get(
      '/surveys/responses',
      { config, schema: { tags, querystring: SurveyResponseQuery, response: { 200: SurveyResponsePage } } },
      (request) => listSurveyResponses(db, authOf(request), request.query),
    );
    app.get(
      '/surveys/summary',
      { config, schema: { tags, querystring: SurveySummaryQuery, response: { 200: SurveySummary } } },
      async (request) => {
        const ctx = authOf(request);
        authorize(ctx, 'tickets.read');
        await assertSurveyFilters(db, ctx, request.query);
        return surveySummary(db, {
          workspaceId: ctx.workspaceId,
          ...summaryWindow(request.query),
          agentId: request.query.agentId,
          teamId: request.query.teamId,
        });
      },
    );
    app.get(
      '/tickets/:id/survey',
      { config, schema: { tags, params: z.object({ id: Id }), response: { 200: TicketSurvey } } },
      (request) => ticketSurvey(db, authOf(request), request.params.id),
    );
  };
}
