import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { slaApi } from './sla-api';

/**
 * The ticket's SLA (policy, calendar, clocks). The key sits under `ticket(id)`, so every realtime
 * event on the ticket (reply, status change, `ticket.sla_breached`) refetches it; the countdown in
 * between is computed on the client, never by polling.
 */
export function useTicketSla(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticketSla(ticketId),
    queryFn: () => slaApi.ticketSla(ticketId),
  });
}
