import { Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '../../lib/use-debounced-search';
import { useCompanyList } from './use-companies';

export interface CompanyOption {
  id: string;
  name: string;
}

interface CompanySelectProps {
  label: string;
  placeholder: string;
  value: CompanyOption | null;
  onChange: (company: CompanyOption | null) => void;
  error?: string | undefined;
}

/** The server already filtered by the search text; show its results as they are. */
const keepAll: OptionsFilter = ({ options }) => options;

/**
 * Picks a company by searching the server (GET /api/companies?q=) as the user types, so it works
 * with any number of companies. The selected company always stays among the options.
 */
export function CompanySelect({ label, placeholder, value, onChange, error }: CompanySelectProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [query] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const isSelectedName = value !== null && query === value.name;
  const companies = useCompanyList({ q: isSelectedName ? '' : query, limit: 20 });

  const options = new Map<string, string>();
  if (value) options.set(value.id, value.name);
  for (const company of companies.data?.pages.flatMap((page) => page.items) ?? []) {
    options.set(company.id, company.name);
  }

  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={keepAll}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value?.id ?? null}
      onChange={(id) => {
        onChange(id === null ? null : { id, name: options.get(id) ?? '' });
      }}
      error={error}
      nothingFoundMessage={companies.isFetching ? '…' : undefined}
    />
  );
}
