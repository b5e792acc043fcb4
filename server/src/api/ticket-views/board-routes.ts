import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Board, BoardMoveInput, BoardQuery, Id, Ticket } from '@atiende/contracts';
import { moveTicketOnBoard } from '../../commands/tickets/move-ticket-on-board';
import { getBoard } from '../../queries/board';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const tags = ['board'];

/** The kanban board: `GET /api/tickets/board` and a drop, `POST /api/tickets/:id/move`. */
export function registerBoardRoutes(app: FastifyInstance, { database: { db } }: ApiDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const config = { auth: AGENT_OR_TOKEN };

  typed.get(
    '/tickets/board',
    { config, schema: { tags, querystring: BoardQuery, response: { 200: Board } } },
    (request) => getBoard(db, authOf(request), request.query),
  );
  typed.post(
    '/tickets/:id/move',
    {
      config,
      schema: { tags, params: z.object({ id: Id }), body: BoardMoveInput, response: { 200: Ticket } },
    },
    (request) => moveTicketOnBoard(db, authOf(request), request.params.id, request.body),
  );
}
