import type {
  Agent,
  Attachment,
  Company,
  Contact,
  CreateCompanyInput,
  CreateContactInput,
  CreateMessageInput,
  CreateTicketInput,
  LoginInput,
  Message,
  PublicEvent,
  Session,
  Team,
  Ticket,
  TicketCounts,
  UpdateCompanyInput,
  UpdateContactInput,
  UpdateTicketInput,
} from '@atiende/contracts';
import type { z } from 'zod';
import { api } from './client';
import {
  toSearchParams,
  ticketListSearchParams,
  type CompanyListParams,
  type ContactListParams,
  type TicketListParams,
} from './query-string';
import type { ListResponse, Page } from './types';

/** What the client sends: the contracts' input types, before server-side defaults are applied. */
export type CreateTicketBody = z.input<typeof CreateTicketInput>;
export type UpdateTicketBody = z.input<typeof UpdateTicketInput>;
export type CreateMessageBody = z.input<typeof CreateMessageInput>;
export type CreateContactBody = z.input<typeof CreateContactInput>;
export type UpdateContactBody = z.input<typeof UpdateContactInput>;
export type CreateCompanyBody = z.input<typeof CreateCompanyInput>;
export type UpdateCompanyBody = z.input<typeof UpdateCompanyInput>;

const id = (value: string) => encodeURIComponent(value);

/** Typed wrappers for every endpoint the agent app uses; one function per route. */
export const endpoints = {
  login: (input: LoginInput) => api.post<Session>('/auth/login', input),
  logout: () => api.post<undefined>('/auth/logout'),
  me: () => api.get<Session>('/auth/me'),

  listTickets: (query: TicketListParams, signal?: AbortSignal) =>
    api.get<Page<Ticket>>('/tickets', {
      query: ticketListSearchParams(query),
      ...(signal ? { signal } : {}),
    }),
  ticketCounts: () => api.get<TicketCounts>('/tickets/counts'),
  createTicket: (input: CreateTicketBody) => api.post<Ticket>('/tickets', input),
  getTicket: (ticketId: string) => api.get<Ticket>(`/tickets/${id(ticketId)}`),
  updateTicket: (ticketId: string, input: UpdateTicketBody) =>
    api.patch<Ticket>(`/tickets/${id(ticketId)}`, input),
  listMessages: (ticketId: string) => api.get<ListResponse<Message>>(`/tickets/${id(ticketId)}/messages`),
  createMessage: (ticketId: string, input: CreateMessageBody) =>
    api.post<Message>(`/tickets/${id(ticketId)}/messages`, input),
  ticketHistory: (ticketId: string) => api.get<ListResponse<PublicEvent>>(`/tickets/${id(ticketId)}/history`),

  uploadAttachment: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<Attachment>('/attachments', form);
  },

  listContacts: (query: ContactListParams) =>
    api.get<Page<Contact>>('/contacts', { query: toSearchParams({ ...query }) }),
  getContact: (contactId: string) => api.get<Contact>(`/contacts/${id(contactId)}`),
  createContact: (input: CreateContactBody) => api.post<Contact>('/contacts', input),
  updateContact: (contactId: string, input: UpdateContactBody) =>
    api.patch<Contact>(`/contacts/${id(contactId)}`, input),

  listCompanies: (query: CompanyListParams) =>
    api.get<Page<Company>>('/companies', { query: toSearchParams({ ...query }) }),
  getCompany: (companyId: string) => api.get<Company>(`/companies/${id(companyId)}`),
  createCompany: (input: CreateCompanyBody) => api.post<Company>('/companies', input),
  updateCompany: (companyId: string, input: UpdateCompanyBody) =>
    api.patch<Company>(`/companies/${id(companyId)}`, input),

  listAgents: () => api.get<ListResponse<Agent>>('/agents'),
  listTeams: () => api.get<ListResponse<Team>>('/teams'),
};
