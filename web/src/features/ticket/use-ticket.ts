import type { Message, Ticket } from '@atiende/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type CreateMessageBody, type UpdateTicketBody } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';
import { describeError } from '../../lib/errors';
import { notifyError } from '../../ui/notify';

/** One ticket (GET /api/tickets/:id). */
export function useTicket(ticketId: string) {
  return useQuery({ queryKey: queryKeys.ticket(ticketId), queryFn: () => endpoints.getTicket(ticketId) });
}

/** The ticket's conversation, oldest message first. */
export function useTicketMessages(ticketId: string) {
  return useQuery({
    queryKey: queryKeys.ticketMessages(ticketId),
    queryFn: async (): Promise<Message[]> => (await endpoints.listMessages(ticketId)).items,
  });
}

/** The ticket's change history, newest first; only fetched while the History tab is shown. */
export function useTicketHistory(ticketId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.ticketHistory(ticketId),
    queryFn: async () => (await endpoints.ticketHistory(ticketId)).items,
    enabled,
  });
}

/**
 * After a command answered with a ticket (solve, trash, restore, merge…): shows the server's
 * version at once and refreshes every list, the board and everything cached under this ticket
 * (thread, history, links, activities), since such commands touch several of them.
 */
export function storeTicket(queryClient: QueryClient, ticket: Ticket): void {
  queryClient.setQueryData(queryKeys.ticket(ticket.id), ticket);
  void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
  void queryClient.invalidateQueries({
    queryKey: queryKeys.ticket(ticket.id),
    predicate: (query) => query.queryKey.length > 2,
  });
}

/** After any change to a ticket: lists, counts and its history may all be stale. */
function invalidateAround(queryClient: QueryClient, ticketId: string): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLists() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.ticketCounts() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.ticketHistory(ticketId) });
}

export interface TicketUpdate {
  input: UpdateTicketBody;
  /** What the cached ticket should look like meanwhile (e.g. the new assignee's name). */
  optimistic: Partial<Ticket>;
}

/**
 * PATCHes a ticket from the side panel. The change shows immediately (optimistic update) and is
 * rolled back with an error toast if the server refuses it; the server's answer then replaces it.
 */
export function useUpdateTicket(ticketId: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const key = queryKeys.ticket(ticketId);
  return useMutation({
    mutationFn: ({ input }: TicketUpdate) => endpoints.updateTicket(ticketId, input),
    onMutate: async ({ optimistic }) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<Ticket>(key);
      if (previous) queryClient.setQueryData<Ticket>(key, { ...previous, ...optimistic });
      return { previous };
    },
    onError: (error, _update, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifyError(t('common.notSaved'), describeError(t, error));
    },
    onSuccess: (ticket) => {
      queryClient.setQueryData(key, ticket);
    },
    onSettled: () => {
      invalidateAround(queryClient, ticketId);
    },
  });
}

/**
 * Posts a reply or internal note. The created message is appended to the cached thread at once
 * (deduplicated, since the realtime event may refetch the thread first); the ticket itself is
 * refetched because replying can change its status.
 */
export function useSendMessage(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMessageBody) => endpoints.createMessage(ticketId, input),
    onSuccess: (message) => {
      queryClient.setQueryData<Message[]>(queryKeys.ticketMessages(ticketId), (current) =>
        current === undefined || current.some((m) => m.id === message.id) ? current : [...current, message],
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId), exact: true });
      invalidateAround(queryClient, ticketId);
    },
  });
}
