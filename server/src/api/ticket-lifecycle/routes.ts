import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateFollowUpInput, Id, Ticket, TimeInStage, TrashTicketInput } from '@atiende/contracts';
import { createFollowUp } from '../../commands/tickets/create-follow-up';
import { restoreTicket } from '../../commands/tickets/restore-ticket';
import { trashTicket } from '../../commands/tickets/trash-ticket';
import { timeInStage } from '../../queries/time-in-stage';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const tags = ['tickets'];

/**
 * Routes for the ticket lifecycle beyond PATCH: trash and restore (spam and duplicates), follow-ups
 * of closed tickets (a new linked ticket, since a closed one is immutable) and time in stage.
 */
export function ticketLifecycleRoutes({ database: { db }, jobs }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.post(
      '/tickets/:id/trash',
      { config, schema: { tags, params, body: TrashTicketInput, response: { 200: Ticket } } },
      (request) => trashTicket(db, authOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/tickets/:id/restore',
      { config, schema: { tags, params, response: { 200: Ticket } } },
      (request) => restoreTicket(db, authOf(request), request.params.id),
    );
    app.post(
      '/tickets/:id/follow-up',
      { config, schema: { tags, params, body: CreateFollowUpInput, response: { 201: Ticket } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createFollowUp(db, authOf(request), request.params.id, request.body, { jobs })),
    );
    app.get(
      '/tickets/:id/time-in-stage',
      { config, schema: { tags, params, response: { 200: TimeInStage } } },
      (request) => timeInStage(db, authOf(request), request.params.id),
    );
  };
}
