import type { Ticket } from '@atiende/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { endpoints, type CreateTicketBody } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';
import type { TicketListParams } from '../../lib/api/query-string';

/**
 * A keyset-paginated ticket list (inbox, a contact's or a company's tickets). Pages are fetched with
 * the previous page's `nextCursor`; realtime events invalidate `ticketLists()` to refresh them.
 * While a new filter loads, the previous results stay on screen (no flash of skeletons).
 */
export function useTicketList(params: TicketListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.ticketList(params),
    queryFn: ({ pageParam, signal }) =>
      endpoints.listTickets(pageParam === undefined ? params : { ...params, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Unresolved-ticket counts for the navbar badges. */
export function useTicketCounts() {
  return useQuery({ queryKey: queryKeys.ticketCounts(), queryFn: () => endpoints.ticketCounts() });
}

/** Creates a ticket, primes its detail cache and refreshes lists and counts. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTicketBody) => endpoints.createTicket(input),
    onSuccess: (ticket: Ticket) => {
      queryClient.setQueryData(queryKeys.ticket(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketCounts() });
    },
  });
}
