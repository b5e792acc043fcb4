import type {
  CustomField,
  CustomStatus,
  ResolutionReason,
  TicketConfig,
  TicketTypeDef,
} from '@atiende/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { queryKeys } from '../../lib/api/query-keys';

/** Changes rarely; the `ticket_config.updated` realtime event refreshes it anyway. */
const CONFIG_STALE_MS = 5 * 60_000;

/**
 * The workspace's ticket types, custom statuses, resolution reasons, custom fields and lifecycle
 * settings, loaded once and shared by the ticket view, the board, the inbox and the settings screens.
 */
export function useTicketConfig() {
  return useQuery({
    queryKey: queryKeys.ticketConfig(),
    queryFn: () => api.get<TicketConfig>('/ticket-config'),
    staleTime: CONFIG_STALE_MS,
  });
}

/** Only what can still be picked: archived entries stay readable on old tickets but are not offered. */
export function activeOnly<T extends TicketTypeDef | CustomStatus | ResolutionReason | CustomField>(
  list: T[],
): T[] {
  return list.filter((entry) => !entry.archived);
}
