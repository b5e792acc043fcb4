import type { Company } from '@atiende/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { endpoints, type CreateCompanyBody, type UpdateCompanyBody } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';
import type { CompanyListParams } from '../../lib/api/query-string';

/** A keyset-paginated company list (search). */
export function useCompanyList(params: CompanyListParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.companyList(params),
    queryFn: ({ pageParam }) =>
      endpoints.listCompanies(pageParam === undefined ? params : { ...params, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One company. */
export function useCompany(companyId: string) {
  return useQuery({ queryKey: queryKeys.company(companyId), queryFn: () => endpoints.getCompany(companyId) });
}

/**
 * Creates (no `companyId`) or updates a company, then refreshes company lists, the company, and the
 * contact and ticket lists that show company names.
 */
export function useSaveCompany(companyId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCompanyBody | UpdateCompanyBody): Promise<Company> =>
      companyId === undefined
        ? endpoints.createCompany(input as CreateCompanyBody)
        : endpoints.updateCompany(companyId, input),
    onSuccess: (company) => {
      queryClient.setQueryData(queryKeys.company(company.id), company);
      void queryClient.invalidateQueries({ queryKey: queryKeys.companies() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.contacts() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticketLists() });
    },
  });
}
