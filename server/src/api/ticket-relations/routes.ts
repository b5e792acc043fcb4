import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Activity,
  CreateActivityInput,
  CreateTicketLinkInput,
  Id,
  MergeTicketsInput,
  SolveProblemInput,
  SolveProblemResult,
  SplitTicketInput,
  Ticket,
  TicketLink,
  UpdateActivityInput,
} from '@atiende/contracts';
import { createActivity } from '../../commands/activities/create-activity';
import { deleteActivity } from '../../commands/activities/delete-activity';
import { updateActivity } from '../../commands/activities/update-activity';
import { linkTickets } from '../../commands/tickets/link-tickets';
import { mergeTickets } from '../../commands/tickets/merge-tickets';
import { solveIncidents } from '../../commands/tickets/solve-incidents';
import { splitTicket } from '../../commands/tickets/split-ticket';
import { unlinkTickets } from '../../commands/tickets/unlink-tickets';
import { listActivities } from '../../queries/activities';
import { listTicketLinks } from '../../queries/ticket-links';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const linkParams = z.object({ id: Id, linkId: Id });
const activityParams = z.object({ activityId: Id });
const tags = ['ticket relations'];

/**
 * Routes for merge, split, links, problem/incident and activities of tickets. Thin: schemas and
 * declared auth here; rules, permissions (`tickets.write` for links and activities,
 * `tickets.manage` for merge, split and solving incidents) and tenancy live in the commands.
 */
export function ticketRelationRoutes({ database: { db }, jobs }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.get(
      '/tickets/:id/links',
      { config, schema: { tags, params, response: { 200: z.object({ items: z.array(TicketLink) }) } } },
      async (request) => ({ items: await listTicketLinks(db, authOf(request), request.params.id) }),
    );
    app.post(
      '/tickets/:id/links',
      { config, schema: { tags, params, body: CreateTicketLinkInput, response: { 201: TicketLink } } },
      async (request, reply) =>
        reply.status(201).send(await linkTickets(db, authOf(request), request.params.id, request.body)),
    );
    app.delete(
      '/tickets/:id/links/:linkId',
      { config, schema: { tags, params: linkParams } },
      async (request, reply) => {
        await unlinkTickets(db, authOf(request), request.params.id, request.params.linkId);
        return reply.status(204).send();
      },
    );
    app.post(
      '/tickets/:id/merge',
      { config, schema: { tags, params, body: MergeTicketsInput, response: { 200: Ticket } } },
      (request) => mergeTickets(db, authOf(request), request.params.id, request.body, { jobs }),
    );
    app.post(
      '/tickets/:id/split',
      { config, schema: { tags, params, body: SplitTicketInput, response: { 201: Ticket } } },
      async (request, reply) =>
        reply.status(201).send(await splitTicket(db, authOf(request), request.params.id, request.body)),
    );
    app.post(
      '/tickets/:id/solve-incidents',
      { config, schema: { tags, params, body: SolveProblemInput, response: { 200: SolveProblemResult } } },
      (request) => solveIncidents(db, authOf(request), request.params.id, request.body, { jobs }),
    );

    app.get(
      '/tickets/:id/activities',
      { config, schema: { tags, params, response: { 200: z.object({ items: z.array(Activity) }) } } },
      async (request) => ({ items: await listActivities(db, authOf(request), request.params.id) }),
    );
    app.post(
      '/tickets/:id/activities',
      { config, schema: { tags, params, body: CreateActivityInput, response: { 201: Activity } } },
      async (request, reply) =>
        reply.status(201).send(await createActivity(db, authOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/activities/:activityId',
      {
        config,
        schema: { tags, params: activityParams, body: UpdateActivityInput, response: { 200: Activity } },
      },
      (request) => updateActivity(db, authOf(request), request.params.activityId, request.body),
    );
    app.delete(
      '/activities/:activityId',
      { config, schema: { tags, params: activityParams } },
      async (request, reply) => {
        await deleteActivity(db, authOf(request), request.params.activityId);
        return reply.status(204).send();
      },
    );
  };
}
