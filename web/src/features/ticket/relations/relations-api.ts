import type { CreateTicketLinkInput, SolveProblemResult, Ticket, TicketLink } from '@atiende/contracts';
import { api } from '../../../lib/api/client';
import { endpoints } from '../../../lib/api/endpoints';
import type { ListResponse } from '../../../lib/api/types';

const id = (value: string) => encodeURIComponent(value);

/** Body of `POST /api/tickets/:target/merge` as the client sends it. */
export interface MergeBody {
  sourceTicketIds: string[];
  notifyRequesters: boolean;
}

/** Body of `POST /api/tickets/:id/split`. */
export interface SplitBody {
  messageId: string;
  subject?: string;
  withLaterMessages: boolean;
}

/** Links, merge, split and problem/incident endpoints used by the ticket view. */
export const relationsApi = {
  links: async (ticketId: string) =>
    (await api.get<ListResponse<TicketLink>>(`/tickets/${id(ticketId)}/links`)).items,
  createLink: (ticketId: string, input: CreateTicketLinkInput) =>
    api.post<TicketLink>(`/tickets/${id(ticketId)}/links`, input),
  deleteLink: (ticketId: string, linkId: string) =>
    api.request<undefined>('DELETE', `/tickets/${id(ticketId)}/links/${id(linkId)}`),
  merge: (targetId: string, body: MergeBody) => api.post<Ticket>(`/tickets/${id(targetId)}/merge`, body),
  split: (ticketId: string, body: SplitBody) => api.post<Ticket>(`/tickets/${id(ticketId)}/split`, body),
  solveIncidents: (problemId: string, bodyText: string) =>
    api.post<SolveProblemResult>(`/tickets/${id(problemId)}/solve-incidents`, { bodyText }),
  /** Up to 10 tickets matching `q` (number or words), for the ticket pickers. */
  /** Tickets matching `q` (number or words), through the inbox's list endpoint. */
  search: async (q: string, signal?: AbortSignal) =>
    (await endpoints.listTickets({ q, limit: 10 }, signal)).items,
};
