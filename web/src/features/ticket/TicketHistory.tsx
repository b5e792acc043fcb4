import { Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { describeChange, historyEventLabel } from './history-format';
import { useTicketHistory } from './use-ticket';

/** Who changed what and when on a ticket, newest first, with translated fields and values. */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const history = useTicketHistory(ticketId, true);

  if (history.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0)
    return <EmptyState icon={<IconHistory size={26} />} title={t('history.empty')} />;

  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label={t('history.label')} mt="sm">
      {history.data.map((event) => (
        <Timeline.Item
          key={event.id}
          title={
            <Text size="sm">
              <Text span fw={600}>
                {event.actor.name || t('history.systemActor')}
              </Text>{' '}
              {historyEventLabel(t, event.type)}
            </Text>
          }
        >
          {event.changes.map((change, index) => (
            <Text key={`${change.field}-${index}`} size="sm">
              {describeChange(t, change)}
            </Text>
          ))}
          <Text size="xs" c="dimmed" mt={2}>
            <RelativeTime iso={event.createdAt} />
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
