import type { Dashboard } from '@atiende/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { queryKeys } from '../../lib/api/query-keys';

/** The dashboard for the last `days` days; under `tickets()`, so ticket changes refresh it live. */
export function useDashboard(days: number) {
  return useQuery({
    queryKey: queryKeys.dashboard(days),
    queryFn: () => api.get<Dashboard>(`/dashboard?days=${String(days)}`),
  });
}
