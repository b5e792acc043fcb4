import { Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketListParams } from '../../lib/api/query-string';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { TicketRow } from './TicketRow';
import { useTicketList } from './use-ticket-queries';

interface TicketListProps {
  params: TicketListParams;
  /** Accessible name of the list region. */
  label: string;
  emptyTitle: string;
  emptyDescription?: string;
}

/**
 * Loads and shows a ticket list for `params` with loading, error and empty states and
 * "load more"/infinite scroll; used by the inbox and the contact and company pages.
 */
export function TicketList({ params, label, emptyTitle, emptyDescription }: TicketListProps) {
  const { t } = useTranslation();
  const list = useTicketList(params);

  if (list.isPending) {
    return (
      <Stack gap="xs" role="status" aria-label={t('common.loading')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={56} />
        ))}
      </Stack>
    );
  }
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;

  const tickets = list.data.pages.flatMap((page) => page.items);
  if (tickets.length === 0) {
    return <EmptyState title={emptyTitle} {...(emptyDescription ? { description: emptyDescription } : {})} />;
  }
  return (
    <section aria-label={label} aria-busy={list.isFetching}>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {tickets.map((ticket) => (
          <TicketRow key={ticket.id} ticket={ticket} />
        ))}
      </Paper>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}
