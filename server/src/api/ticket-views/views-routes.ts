import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateSavedViewInput,
  Id,
  SavedView,
  SavedViewCounts,
  UpdateSavedViewInput,
} from '@atiende/contracts';
import { createSavedView } from '../../commands/views/create-saved-view';
import { deleteSavedView } from '../../commands/views/delete-saved-view';
import { updateSavedView } from '../../commands/views/update-saved-view';
import { listSavedViews, savedViewCounts } from '../../queries/saved-views';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const tags = ['views'];

/** /api/views: saved list views (personal and shared) and their ticket counts. */
export function registerViewRoutes(app: FastifyInstance, { database: { db } }: ApiDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const config = { auth: AGENT_OR_TOKEN };

  typed.get(
    '/views',
    { config, schema: { tags, response: { 200: z.object({ items: z.array(SavedView) }) } } },
    async (request) => ({ items: await listSavedViews(db, authOf(request)) }),
  );
  typed.get('/views/counts', { config, schema: { tags, response: { 200: SavedViewCounts } } }, (request) =>
    savedViewCounts(db, authOf(request)),
  );
  typed.post(
    '/views',
    { config, schema: { tags, body: CreateSavedViewInput, response: { 201: SavedView } } },
    async (request, reply) =>
      reply.status(201).send(await createSavedView(db, authOf(request), request.body)),
  );
  typed.patch(
    '/views/:id',
    { config, schema: { tags, params, body: UpdateSavedViewInput, response: { 200: SavedView } } },
    (request) => updateSavedView(db, authOf(request), request.params.id, request.body),
  );
  typed.delete('/views/:id', { config, schema: { tags, params } }, async (request, reply) => {
    await deleteSavedView(db, authOf(request), request.params.id);
    return reply.status(204).send();
  });
}
