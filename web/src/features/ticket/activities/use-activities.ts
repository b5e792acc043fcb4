import type { Activity } from '@atiende/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../ui/notify';
import { activitiesApi, type CreateActivityBody, type UpdateActivityBody } from './activities-api';

/** The ticket's activities (pending and done); realtime refreshes them with the ticket. */
export function useActivities(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticketActivities(ticketId),
    queryFn: () => activitiesApi.list(ticketId),
  });
}

/**
 * Create, update (incl. mark done) and delete for one ticket's activities. Each success refreshes
 * the list and the ticket (its activity indicator) and every list/board showing the indicator;
 * failures show an error toast.
 */
export function useActivityMutations(ticketId: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
  };
  const onError = (error: unknown) => {
    notifyError(t('common.notSaved'), describeError(t, error));
  };
  const create = useMutation({
    mutationFn: (body: CreateActivityBody) => activitiesApi.create(ticketId, body),
    onSuccess: refresh,
    onError,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActivityBody }) => activitiesApi.update(id, body),
    onMutate: ({ id, body }) => {
      if (body.done === undefined) return;
      const doneAt = body.done ? new Date().toISOString() : null;
      queryClient.setQueryData<Activity[]>(queryKeys.ticketActivities(ticketId), (list) =>
        list?.map((activity) => (activity.id === id ? { ...activity, doneAt } : activity)),
      );
    },
    onError: (error) => {
      onError(error);
      refresh();
    },
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => activitiesApi.remove(id),
    onSuccess: refresh,
    onError,
  });
  return { create, update, remove };
}
