import type { Ticket, TimeInStage, TrashReason } from '@atiende/contracts';
import { api } from '../../../lib/api/client';

const id = (value: string) => encodeURIComponent(value);

/** Body of `POST /api/tickets/:id/follow-up`: the agent's first message, and an optional subject. */
export interface FollowUpBody {
  bodyText: string;
  subject?: string;
}

/** The lifecycle endpoints the ticket view calls (trash, restore, follow-up, time in stage). */
export const lifecycleApi = {
  trash: (ticketId: string, reason: TrashReason) =>
    api.post<Ticket>(`/tickets/${id(ticketId)}/trash`, { reason }),
  restore: (ticketId: string) => api.post<Ticket>(`/tickets/${id(ticketId)}/restore`),
  followUp: (ticketId: string, body: FollowUpBody) =>
    api.post<Ticket>(`/tickets/${id(ticketId)}/follow-up`, body),
  timeInStage: (ticketId: string) => api.get<TimeInStage>(`/tickets/${id(ticketId)}/time-in-stage`),
};
