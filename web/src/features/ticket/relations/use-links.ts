import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/api/query-keys';
import { relationsApi } from './relations-api';

/** The ticket's links (both directions); refreshed by realtime with everything under the ticket. */
export function useTicketLinks(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticketLinks(ticketId),
    queryFn: () => relationsApi.links(ticketId),
  });
}
