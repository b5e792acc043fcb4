import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Company,
  CompanyListQuery,
  Contact,
  ContactListQuery,
  CreateCompanyInput,
  CreateContactInput,
  Id,
  pageOf,
  UpdateCompanyInput,
  UpdateContactInput,
} from '@atiende/contracts';
import { createCompany } from '../../commands/crm/create-company';
import { createContact } from '../../commands/crm/create-contact';
import { updateCompany } from '../../commands/crm/update-company';
import { updateContact } from '../../commands/crm/update-contact';
import { getCompany, getContact, listCompanies, listContacts } from '../../queries/crm';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

const params = z.object({ id: Id });

/** /api/contacts and /api/companies: the customer side of the CRM. */
export function crmRoutes({ database: { db } }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { auth: AGENT_OR_TOKEN };
    const contactTags = ['contacts'];
    const companyTags = ['companies'];

    app.get(
      '/contacts',
      {
        config,
        schema: { tags: contactTags, querystring: ContactListQuery, response: { 200: pageOf(Contact) } },
      },
      (request) => listContacts(db, authOf(request), request.query),
    );
    app.post(
      '/contacts',
      { config, schema: { tags: contactTags, body: CreateContactInput, response: { 201: Contact } } },
      async (request, reply) =>
        reply.status(201).send(await createContact(db, authOf(request), request.body)),
    );
    app.get(
      '/contacts/:id',
      { config, schema: { tags: contactTags, params, response: { 200: Contact } } },
      (request) => getContact(db, authOf(request), request.params.id),
    );
    app.patch(
      '/contacts/:id',
      { config, schema: { tags: contactTags, params, body: UpdateContactInput, response: { 200: Contact } } },
      (request) => updateContact(db, authOf(request), request.params.id, request.body),
    );

    app.get(
      '/companies',
      {
        config,
        schema: { tags: companyTags, querystring: CompanyListQuery, response: { 200: pageOf(Company) } },
      },
      (request) => listCompanies(db, authOf(request), request.query),
    );
    app.post(
      '/companies',
      { config, schema: { tags: companyTags, body: CreateCompanyInput, response: { 201: Company } } },
      async (request, reply) =>
        reply.status(201).send(await createCompany(db, authOf(request), request.body)),
    );
    app.get(
      '/companies/:id',
      { config, schema: { tags: companyTags, params, response: { 200: Company } } },
      (request) => getCompany(db, authOf(request), request.params.id),
    );
    app.patch(
      '/companies/:id',
      { config, schema: { tags: companyTags, params, body: UpdateCompanyInput, response: { 200: Company } } },
      (request) => updateCompany(db, authOf(request), request.params.id, request.body),
    );
  };
}
