import type { Ticket, TicketColumn } from '@atiende/contracts';
import { Skeleton, Stack } from '@mantine/core';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../lib/api/types';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { InboxTable } from './InboxTable';
import type { TicketSelection } from './use-ticket-selection';

interface InboxResultsProps {
  list: UseInfiniteQueryResult<InfiniteData<Page<Ticket>>>;
  tickets: readonly Ticket[];
  columns: readonly TicketColumn[];
  selection: TicketSelection | null;
  focusedIndex: number;
  emptyTitle: string;
  emptyDescription: string;
}

/** The inbox list's states: skeletons, error with retry, empty state, or the table with "load more". */
export function InboxResults({
  list,
  tickets,
  columns,
  selection,
  focusedIndex,
  emptyTitle,
  emptyDescription,
}: InboxResultsProps) {
  const { t } = useTranslation();
  if (list.isPending) {
    return (
      <Stack gap="xs" role="status" aria-label={t('common.loading')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={44} />
        ))}
      </Stack>
    );
  }
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (tickets.length === 0) return <EmptyState title={emptyTitle} description={emptyDescription} />;
  return (
    <section aria-label={t('inbox.listLabel')} aria-busy={list.isFetching}>
      <InboxTable
        tickets={tickets}
        columns={columns}
        selection={selection}
        focusedIndex={focusedIndex}
        label={t('inbox.listLabel')}
      />
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}
