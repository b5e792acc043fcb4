import type { SlaRecomputeRun } from '@atiende/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { slaApi } from '../sla/sla-api';

/** Every business calendar of the workspace (the `sla.updated` event refreshes it). */
export function useCalendars() {
  return useQuery({ queryKey: queryKeys.slaCalendars(), queryFn: slaApi.listCalendars });
}

/** Every SLA policy, first match first. */
export function usePolicies() {
  return useQuery({ queryKey: queryKeys.slaPolicies(), queryFn: slaApi.listPolicies });
}

/**
 * A write to the SLA settings that refreshes calendars and policies once it settles (also after a
 * failure, so the screen shows the server's truth) and the ticket lists (their SLA lights may change).
 */
export function useSlaMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sla() });
    },
  });
}

/** How often a recompute still queued or running is asked for its progress. */
const POLL_MS = 1000;

/**
 * A recompute run's progress, polled every second until it finishes or fails; then the ticket
 * lists and open tickets are refreshed once, since their SLA lights changed.
 */
export function useRecomputeRun(run: SlaRecomputeRun) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.slaRecomputeRun(run.id),
    queryFn: async () => {
      const latest = await slaApi.recomputeRun(run.id);
      if (latest.state === 'finished' || latest.state === 'failed') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
        void queryClient.invalidateQueries({ queryKey: queryKeys.ticketDetails() });
      }
      return latest;
    },
    initialData: run,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      return state === 'finished' || state === 'failed' ? false : POLL_MS;
    },
  });
}
