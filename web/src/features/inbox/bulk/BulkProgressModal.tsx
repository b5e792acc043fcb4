import { formatTicketNumber, type BulkOperation } from '@atiende/contracts';
import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/query-keys';
import { describeError } from '../../../lib/errors';
import type { SelectedTicket } from '../use-ticket-selection';
import { getBulkOperation, isFinished } from './bulk-api';

/** How often a running bulk operation is polled. */
export const BULK_POLL_MS = 500;

interface BulkProgressModalProps {
  /** The operation as the server accepted it. */
  operation: BulkOperation;
  /** The tickets it was started for, to name failures by number. */
  tickets: readonly SelectedTicket[];
  onClose: () => void;
}

/**
 * Follows a bulk operation (`GET /api/bulk-operations/:id` every 500 ms until it finishes) with a
 * progress bar (done + failed of total), then a summary listing each ticket that could not be
 * changed, by number, with the server's reason. Lists refresh once it ends.
 */
export function BulkProgressModal({ operation: started, tickets, onClose }: BulkProgressModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.bulkOperation(started.id),
    queryFn: () => getBulkOperation(started.id),
    initialData: started,
    refetchInterval: (q) => (q.state.data && isFinished(q.state.data) ? false : BULK_POLL_MS),
    refetchIntervalInBackground: true,
  });
  const operation = query.data;
  const finished = isFinished(operation);

  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: queryKeys.tickets() });
  }, [finished, queryClient]);

  const numbers = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
  const processed = operation.done + operation.failed;
  const percent = operation.total === 0 ? 100 : Math.round((processed / operation.total) * 100);
  const ok = operation.done;

  return (
    <Modal opened onClose={onClose} title={t('views.bulk.progressTitle')} closeOnClickOutside={finished}>
      <Stack>
        <Progress
          value={percent}
          aria-label={t('views.bulk.progressLabel')}
          animated={!finished}
          color={operation.failed > 0 ? 'orange' : 'teal'}
        />
        <Text size="sm" role="status" aria-live="polite">
          {finished
            ? t('views.bulk.summary', { done: ok, failed: operation.failed, total: operation.total })
            : t('views.bulk.progress', { processed, total: operation.total })}
        </Text>
        {query.isError && <Alert color="red">{describeError(t, query.error)}</Alert>}
        {operation.state === 'failed' && (
          <Alert color="red" title={t('views.bulk.operationFailed')}>
            {t('views.bulk.operationFailedBody')}
          </Alert>
        )}
        {finished && operation.errors.length > 0 && (
          <section aria-label={t('views.bulk.failures')}>
            <Text fw={600} size="sm" mb={4}>
              {t('views.bulk.failures')}
            </Text>
            <List size="sm" spacing={2} data-testid="bulk-failures">
              {operation.errors.map((error) => {
                const number = numbers.get(error.ticketId);
                return (
                  <List.Item key={error.ticketId}>
                    <Text span fw={600} size="sm">
                      {number === undefined ? error.ticketId : formatTicketNumber(number)}
                    </Text>
                    {' — '}
                    {error.message}
                  </List.Item>
                );
              })}
            </List>
          </section>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} variant={finished ? 'filled' : 'default'}>
            {finished ? t('views.bulk.done') : t('views.bulk.hide')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
