import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BusinessCalendar,
  BusinessCalendarInput,
  BusinessCalendarWriteResult,
  Id,
  ReorderSlaPoliciesInput,
  ReorderSlaPoliciesResult,
  SlaPolicy,
  SlaPolicyInput,
  SlaPolicyWriteResult,
  SlaRecomputeRun,
  TicketSla,
  UpdateBusinessCalendarInput,
  UpdateSlaPolicyInput,
} from '@atiende/contracts';
import {
  createBusinessCalendar,
  deleteBusinessCalendar,
  updateBusinessCalendar,
} from '../../commands/sla/calendars';
import { createSlaPolicy, updateSlaPolicy } from '../../commands/sla/policies';
import { deleteSlaPolicy, reorderSlaPolicies } from '../../commands/sla/policy-order';
import {
  getSlaRecomputeRun,
  getTicketSla,
  listBusinessCalendars,
  listSlaPolicies,
} from '../../sla/sla-queries';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const tags = ['sla'];

/**
 * Routes for /api/sla (business calendars, policies, recompute progress) and the SLA panel of a
 * ticket (`GET /api/tickets/:id/sla`). Reads are open to any agent or token; writes need
 * `sla.manage` (checked in the commands) and answer the recompute run they started.
 */
export function slaRoutes({ database: { db }, jobs }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.get(
      '/sla/calendars',
      { config, schema: { tags, response: { 200: z.object({ items: z.array(BusinessCalendar) }) } } },
      async (request) => ({ items: await listBusinessCalendars(db, authOf(request)) }),
    );
    app.post(
      '/sla/calendars',
      {
        config,
        schema: { tags, body: BusinessCalendarInput, response: { 201: BusinessCalendarWriteResult } },
      },
      async (request, reply) =>
        reply.status(201).send(await createBusinessCalendar(db, authOf(request), request.body)),
    );
    app.patch(
      '/sla/calendars/:id',
      {
        config,
        schema: {
          tags,
          params,
          body: UpdateBusinessCalendarInput,
          response: { 200: BusinessCalendarWriteResult },
        },
      },
      (request) => updateBusinessCalendar(db, authOf(request), request.params.id, request.body, { jobs }),
    );
    app.delete('/sla/calendars/:id', { config, schema: { tags, params } }, async (request, reply) => {
      await deleteBusinessCalendar(db, authOf(request), request.params.id);
      return reply.status(204).send();
    });

    app.get(
      '/sla/policies',
      { config, schema: { tags, response: { 200: z.object({ items: z.array(SlaPolicy) }) } } },
      async (request) => ({ items: await listSlaPolicies(db, authOf(request)) }),
    );
    app.post(
      '/sla/policies',
      { config, schema: { tags, body: SlaPolicyInput, response: { 201: SlaPolicyWriteResult } } },
      async (request, reply) =>
        reply.status(201).send(await createSlaPolicy(db, authOf(request), request.body, { jobs })),
    );
    app.post(
      '/sla/policies/reorder',
      {
        config,
        schema: { tags, body: ReorderSlaPoliciesInput, response: { 200: ReorderSlaPoliciesResult } },
      },
      (request) => reorderSlaPolicies(db, authOf(request), request.body.ids, { jobs }),
    );
    app.patch(
      '/sla/policies/:id',
      {
        config,
        schema: { tags, params, body: UpdateSlaPolicyInput, response: { 200: SlaPolicyWriteResult } },
      },
      (request) => updateSlaPolicy(db, authOf(request), request.params.id, request.body, { jobs }),
    );
    app.delete('/sla/policies/:id', { config, schema: { tags, params } }, async (request, reply) => {
      await deleteSlaPolicy(db, authOf(request), request.params.id, { jobs });
      return reply.status(204).send();
    });

    app.get(
      '/sla/recompute-runs/:id',
      { config, schema: { tags, params, response: { 200: SlaRecomputeRun } } },
      (request) => getSlaRecomputeRun(db, authOf(request), request.params.id),
    );

    app.get(
      '/tickets/:id/sla',
      { config, schema: { tags, params, response: { 200: TicketSla } } },
      (request) => getTicketSla(db, authOf(request), request.params.id),
    );
  };
}
