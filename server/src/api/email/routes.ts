import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ContactEmailStatus,
  CreateMailboxInput,
  Id,
  InboundEmail,
  InboundEmailListQuery,
  Mailbox,
  pageOf,
  TicketFollower,
  UpdateMailboxInput,
} from '@atiende/contracts';
import { createMailbox } from '../../commands/email/create-mailbox';
import { retryInboundEmail } from '../../commands/email/retry-inbound-email';
import { updateMailbox } from '../../commands/email/update-mailbox';
import { getContactEmailStatus, listTicketFollowers } from '../../queries/email-participants';
import { getInboundEmail, getInboundEmailRaw, listInboundEmails } from '../../queries/inbound-emails';
import { getMailbox, listMailboxes } from '../../queries/mailboxes';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });

/**
 * The email channel: /api/mailboxes (admins), /api/admin/inbound-emails (received mail with its
 * outcome; failed ones can be retried, admins), ticket followers and contact deliverability.
 */
export function emailRoutes({ database: { db }, jobs }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };
    const tags = ['email'];

    app.get(
      '/mailboxes',
      { config, schema: { tags, response: { 200: z.object({ items: z.array(Mailbox) }) } } },
      async (request) => ({ items: await listMailboxes(db, authOf(request)) }),
    );
    app.post(
      '/mailboxes',
      { config, schema: { tags, body: CreateMailboxInput, response: { 201: Mailbox } } },
      async (request, reply) =>
        reply.status(201).send(await createMailbox(db, authOf(request), request.body)),
    );
    app.get('/mailboxes/:id', { config, schema: { tags, params, response: { 200: Mailbox } } }, (request) =>
      getMailbox(db, authOf(request), request.params.id),
    );
    app.patch(
      '/mailboxes/:id',
      { config, schema: { tags, params, body: UpdateMailboxInput, response: { 200: Mailbox } } },
      (request) => updateMailbox(db, authOf(request), request.params.id, request.body),
    );

    app.get(
      '/admin/inbound-emails',
      {
        config,
        schema: { tags, querystring: InboundEmailListQuery, response: { 200: pageOf(InboundEmail) } },
      },
      (request) => listInboundEmails(db, authOf(request), request.query),
    );
    app.get(
      '/admin/inbound-emails/:id',
      { config, schema: { tags, params, response: { 200: InboundEmail } } },
      (request) => getInboundEmail(db, authOf(request), request.params.id),
    );
    app.get('/admin/inbound-emails/:id/raw', { config, schema: { tags, params } }, async (request, reply) => {
      const raw = await getInboundEmailRaw(db, authOf(request), request.params.id);
      return reply
        .header('content-type', 'message/rfc822')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="${request.params.id}.eml"`)
        .send(raw);
    });
    app.post(
      '/admin/inbound-emails/:id/retry',
      { config, schema: { tags, params, response: { 202: InboundEmail } } },
      async (request, reply) =>
        reply.status(202).send(await retryInboundEmail(db, jobs, authOf(request), request.params.id)),
    );

    app.get(
      '/tickets/:id/followers',
      { config, schema: { tags, params, response: { 200: z.object({ items: z.array(TicketFollower) }) } } },
      async (request) => ({ items: await listTicketFollowers(db, authOf(request), request.params.id) }),
    );
    app.get(
      '/contacts/:id/email-status',
      { config, schema: { tags, params, response: { 200: ContactEmailStatus } } },
      (request) => getContactEmailStatus(db, authOf(request), request.params.id),
    );
  };
}
