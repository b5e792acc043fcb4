import type {
  CreateSavedViewInput,
  SavedView,
  SavedViewCounts,
  UpdateSavedViewInput,
} from '@atiende/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api/client';
import type { ListResponse } from '../../lib/api/types';

/** What the client sends: the contracts' input types, before server-side defaults are applied. */
export type CreateSavedViewBody = z.input<typeof CreateSavedViewInput>;
export type UpdateSavedViewBody = z.input<typeof UpdateSavedViewInput>;

const id = (value: string) => encodeURIComponent(value);

/** The saved-views endpoints (`/api/views`), one function per route. */
export const viewsApi = {
  /** The caller's personal views and every shared view, in display order. */
  list: () => api.get<ListResponse<SavedView>>('/views'),
  counts: () => api.get<SavedViewCounts>('/views/counts'),
  create: (input: CreateSavedViewBody) => api.post<SavedView>('/views', input),
  update: (viewId: string, input: UpdateSavedViewBody) => api.patch<SavedView>(`/views/${id(viewId)}`, input),
  remove: (viewId: string) => api.request<undefined>('DELETE', `/views/${id(viewId)}`),
};
