import type { Contact } from '@atiende/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { endpoints, type CreateContactBody, type UpdateContactBody } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';
import type { ContactListParams } from '../../lib/api/query-string';

/** A keyset-paginated contact list (search, or a company's contacts). */
export function useContactList(params: ContactListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.contactList(params),
    queryFn: ({ pageParam }) =>
      endpoints.listContacts(pageParam === undefined ? params : { ...params, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One contact. */
export function useContact(contactId: string) {
  return useQuery({ queryKey: queryKeys.contact(contactId), queryFn: () => endpoints.getContact(contactId) });
}

/**
 * Creates (no `contactId`) or updates a contact, then refreshes contact lists, the contact, and
 * ticket lists (which show requester names).
 */
export function useSaveContact(contactId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateContactBody | UpdateContactBody): Promise<Contact> =>
      contactId === undefined
        ? endpoints.createContact(input as CreateContactBody)
        : endpoints.updateContact(contactId, input),
    onSuccess: (contact) => {
      queryClient.setQueryData(queryKeys.contact(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLists() });
      if (contact.companyId !== null) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.company(contact.companyId) });
      }
    },
  });
}
