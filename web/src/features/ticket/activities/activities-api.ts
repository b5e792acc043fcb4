import type { Activity, CreateActivityInput, UpdateActivityInput } from '@atiende/contracts';
import type { z } from 'zod';
import { api } from '../../../lib/api/client';
import type { ListResponse } from '../../../lib/api/types';

const id = (value: string) => encodeURIComponent(value);

export type CreateActivityBody = z.input<typeof CreateActivityInput>;
export type UpdateActivityBody = z.input<typeof UpdateActivityInput>;

/** The follow-up activity endpoints of one ticket. */
export const activitiesApi = {
  list: async (ticketId: string) =>
    (await api.get<ListResponse<Activity>>(`/tickets/${id(ticketId)}/activities`)).items,
  create: (ticketId: string, body: CreateActivityBody) =>
    api.post<Activity>(`/tickets/${id(ticketId)}/activities`, body),
  update: (activityId: string, body: UpdateActivityBody) =>
    api.patch<Activity>(`/activities/${id(activityId)}`, body),
  remove: (activityId: string) => api.request<undefined>('DELETE', `/activities/${id(activityId)}`),
};
