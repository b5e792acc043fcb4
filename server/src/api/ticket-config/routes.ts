import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateCustomFieldInput,
  CreateCustomStatusInput,
  CreateResolutionReasonInput,
  CreateTicketTypeInput,
  CustomField,
  CustomStatus,
  Id,
  ResolutionReason,
  TicketConfig,
  TicketSettings,
  TicketTypeDef,
  UpdateCustomFieldInput,
  UpdateCustomStatusInput,
  UpdateResolutionReasonInput,
  UpdateTicketSettingsInput,
  UpdateTicketTypeInput,
} from '@atiende/contracts';
import { createCustomField, updateCustomField } from '../../commands/ticket-config/custom-fields';
import { createCustomStatus, updateCustomStatus } from '../../commands/ticket-config/custom-statuses';
import {
  createResolutionReason,
  updateResolutionReason,
} from '../../commands/ticket-config/resolution-reasons';
import { updateTicketSettings } from '../../commands/ticket-config/ticket-settings';
import { createTicketType, updateTicketType } from '../../commands/ticket-config/ticket-types';
import { invalidField } from '../../lib/app-error';
import { getTicketConfig } from '../../queries/ticket-config';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });
const tags = ['ticket-config'];

/**
 * Routes for /api/ticket-config: one read of the whole classification (any agent or token) and the
 * admin writes for ticket types, custom statuses, resolution reasons, custom fields and lifecycle
 * settings. Archiving is `PATCH {archived: true}`; nothing is deleted (old tickets keep their values).
 */
export function ticketConfigRoutes({ database: { db } }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };

    app.get('/ticket-config', { config, schema: { tags, response: { 200: TicketConfig } } }, (request) =>
      getTicketConfig(db, authOf(request)),
    );

    app.post(
      '/ticket-config/types',
      { config, schema: { tags, body: CreateTicketTypeInput, response: { 201: TicketTypeDef } } },
      async (request, reply) =>
        reply.status(201).send(await createTicketType(db, authOf(request), request.body)),
    );
    app.patch(
      '/ticket-config/types/:id',
      { config, schema: { tags, params, body: UpdateTicketTypeInput, response: { 200: TicketTypeDef } } },
      (request) => updateTicketType(db, authOf(request), request.params.id, request.body),
    );

    app.post(
      '/ticket-config/statuses',
      { config, schema: { tags, body: CreateCustomStatusInput, response: { 201: CustomStatus } } },
      async (request, reply) =>
        reply.status(201).send(await createCustomStatus(db, authOf(request), request.body)),
    );
    app.patch(
      '/ticket-config/statuses/:id',
      { config, schema: { tags, params, body: UpdateCustomStatusInput, response: { 200: CustomStatus } } },
      (request) => updateCustomStatus(db, authOf(request), request.params.id, request.body),
    );

    app.post(
      '/ticket-config/resolution-reasons',
      { config, schema: { tags, body: CreateResolutionReasonInput, response: { 201: ResolutionReason } } },
      async (request, reply) =>
        reply.status(201).send(await createResolutionReason(db, authOf(request), request.body)),
    );
    app.patch(
      '/ticket-config/resolution-reasons/:id',
      {
        config,
        schema: { tags, params, body: UpdateResolutionReasonInput, response: { 200: ResolutionReason } },
      },
      (request) => updateResolutionReason(db, authOf(request), request.params.id, request.body),
    );

    app.post(
      '/ticket-config/custom-fields',
      { config, schema: { tags, body: CreateCustomFieldInput, response: { 201: CustomField } } },
      async (request, reply) =>
        reply.status(201).send(await createCustomField(db, authOf(request), request.body)),
    );
    app.patch(
      '/ticket-config/custom-fields/:id',
      {
        config,
        schema: { tags, params, body: UpdateCustomFieldInput, response: { 200: CustomField } },
        // The schema would silently drop `kind`; say clearly that it cannot change.
        preValidation: async (request) => {
          const body: unknown = request.body;
          if (typeof body === 'object' && body !== null && 'kind' in body) {
            throw invalidField('kind', "A custom field's kind cannot change; create a new field instead");
          }
        },
      },
      (request) => updateCustomField(db, authOf(request), request.params.id, request.body),
    );

    app.patch(
      '/ticket-config/settings',
      { config, schema: { tags, body: UpdateTicketSettingsInput, response: { 200: TicketSettings } } },
      (request) => updateTicketSettings(db, authOf(request), request.body),
    );
  };
}
