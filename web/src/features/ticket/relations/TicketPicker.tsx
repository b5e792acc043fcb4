import { formatTicketNumber, type TicketRef } from '@atiende/contracts';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { SEARCH_DEBOUNCE_MS } from '../../../lib/use-debounced-search';
import { relationsApi } from './relations-api';

interface TicketPickerProps {
  label: string;
  /** Tickets that may not be picked (usually the one being viewed). */
  excludeIds: readonly string[];
  value: TicketRef | null;
  onChange: (ticket: TicketRef | null) => void;
  error?: string | null;
}

/** "#1042 No puedo descargar mi factura" */
export function ticketLabel(ticket: Pick<TicketRef, 'number' | 'subject'>): string {
  return `${formatTicketNumber(ticket.number)} ${ticket.subject}`;
}

/**
 * Searches tickets by number or words as the agent types (`GET /api/tickets?q=…&limit=10`,
 * debounced) and picks one. The server does the matching, so the options are not filtered again.
 */
export function TicketPicker({ label, excludeIds, value, onChange, error }: TicketPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const results = useQuery({
    queryKey: queryKeys.ticketList({ q, limit: 10 }),
    queryFn: ({ signal }) => relationsApi.search(q, signal),
    enabled: q !== '' && q !== (value ? ticketLabel(value) : null),
    placeholderData: keepPreviousData,
  });
  const found: TicketRef[] = (results.data ?? []).filter((ticket) => !excludeIds.includes(ticket.id));
  const options = value && !found.some((ticket) => ticket.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      placeholder={t('ticketWork.merge.searchPlaceholder')}
      searchable
      clearable
      data={options.map((ticket) => ({ value: ticket.id, label: ticketLabel(ticket) }))}
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={q !== '' && results.isFetched ? t('ticketWork.merge.nothingFound') : undefined}
      error={error}
      onChange={(id) => {
        const picked = options.find((ticket) => ticket.id === id) ?? null;
        onChange(
          picked && { id: picked.id, number: picked.number, subject: picked.subject, status: picked.status },
        );
      }}
    />
  );
}
