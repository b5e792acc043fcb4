import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../lib/api/endpoints';
import { queryKeys } from '../../lib/api/query-keys';
import { SEARCH_DEBOUNCE_MS } from '../../lib/use-debounced-search';

interface CompanyConditionSelectProps {
  value: string[];
  onChange: (next: string[]) => void;
  placeholder: string | undefined;
}

/** Companies offered per search (the first page of matches). */
const SEARCH_LIMIT = 20;

/**
 * Picks companies for a policy's conditions by searching them on the server (a workspace can have
 * thousands); the names of already chosen companies are loaded by id so they show as labels.
 */
export function CompanyConditionSelect({ value, onChange, placeholder }: CompanyConditionSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const found = useQuery({
    queryKey: queryKeys.companyList({ q, limit: SEARCH_LIMIT }),
    queryFn: () => endpoints.listCompanies({ q, limit: SEARCH_LIMIT }),
  });
  const chosen = useQueries({
    queries: value.map((companyId) => ({
      queryKey: queryKeys.company(companyId),
      queryFn: () => endpoints.getCompany(companyId),
    })),
  });
  const labels = new Map<string, string>();
  for (const company of found.data?.items ?? []) labels.set(company.id, company.name);
  value.forEach((companyId, index) => {
    labels.set(companyId, chosen[index]?.data?.name ?? labels.get(companyId) ?? companyId);
  });

  return (
    <MultiSelect
      label={t('sla.conditions.companies')}
      placeholder={placeholder}
      data={[...labels].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('sla.conditions.noCompanies')}
      clearable
    />
  );
}
