import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateMessageInput,
  CreateTicketInput,
  Id,
  Message,
  pageOf,
  PublicEvent,
  Ticket,
  TicketCounts,
  TicketListQuery,
  UpdateTicketInput,
} from '@atiende/contracts';
import { addMessage } from '../../commands/tickets/add-message';
import { createTicket } from '../../commands/tickets/create-ticket';
import { updateTicket } from '../../commands/tickets/update-ticket';
import { getTicket } from '../../queries/get-ticket';
import { listTickets, ticketCounts } from '../../queries/list-tickets';
import { listTicketMessages } from '../../queries/messages';
import { ticketHistory } from '../../queries/ticket-history';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const tags = ['tickets'];

/** /api/tickets: the inbox, ticket view, changes, conversation and history. */
export function ticketRoutes({ database: { db }, jobs }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.get(
      '/tickets',
      { config, schema: { tags, querystring: TicketListQuery, response: { 200: pageOf(Ticket) } } },
      (request) => listTickets(db, authOf(request), request.query),
    );
    app.get('/tickets/counts', { config, schema: { tags, response: { 200: TicketCounts } } }, (request) =>
      ticketCounts(db, authOf(request)),
    );
    app.post(
      '/tickets',
      { config, schema: { tags, body: CreateTicketInput, response: { 201: Ticket } } },
      async (request, reply) => reply.status(201).send(await createTicket(db, authOf(request), request.body)),
    );
    app.get('/tickets/:id', { config, schema: { tags, params, response: { 200: Ticket } } }, (request) =>
      getTicket(db, authOf(request), request.params.id),
    );
    app.patch(
      '/tickets/:id',
      { config, schema: { tags, params, body: UpdateTicketInput, response: { 200: Ticket } } },
      (request) => updateTicket(db, authOf(request), request.params.id, request.body),
    );
    app.get(
      '/tickets/:id/messages',
      { config, schema: { tags, params, response: { 200: z.object({ items: z.array(Message) }) } } },
      async (request) => ({ items: await listTicketMessages(db, authOf(request), request.params.id) }),
    );
    app.post(
      '/tickets/:id/messages',
      { config, schema: { tags, params, body: CreateMessageInput, response: { 201: Message } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addMessage(db, authOf(request), request.params.id, request.body, { jobs })),
    );
    app.get(
      '/tickets/:id/history',
      { config, schema: { tags, params, response: { 200: z.object({ items: z.array(PublicEvent) }) } } },
      async (request) => ({ items: await ticketHistory(db, authOf(request), request.params.id) }),
    );
  };
}
