import type { SavedView } from '@atiende/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { viewsApi, type CreateSavedViewBody, type UpdateSavedViewBody } from './views-api';

/** The views the agent can open (own + shared); refreshed by the `saved_view.changed` event. */
export function useSavedViews() {
  return useQuery({
    queryKey: queryKeys.savedViews(),
    queryFn: async () => (await viewsApi.list()).items,
  });
}

/** Ticket counts per view; under `tickets()`, so every ticket change refreshes them live. */
export function useSavedViewCounts() {
  return useQuery({ queryKey: queryKeys.savedViewCounts(), queryFn: () => viewsApi.counts() });
}

function useRefreshViews() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.savedViews() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.savedViewCounts() });
  };
}

/** Creates a view and refreshes the list and counts. */
export function useCreateView() {
  const refresh = useRefreshViews();
  return useMutation({
    mutationFn: (input: CreateSavedViewBody) => viewsApi.create(input),
    onSuccess: refresh,
  });
}

/** Updates a view (name, sharing, query, columns) and refreshes the list and counts. */
export function useUpdateView() {
  const refresh = useRefreshViews();
  return useMutation({
    mutationFn: ({ viewId, input }: { viewId: string; input: UpdateSavedViewBody }): Promise<SavedView> =>
      viewsApi.update(viewId, input),
    onSuccess: refresh,
  });
}

/** Deletes a view and refreshes the list and counts. */
export function useDeleteView() {
  const refresh = useRefreshViews();
  return useMutation({ mutationFn: (viewId: string) => viewsApi.remove(viewId), onSuccess: refresh });
}
