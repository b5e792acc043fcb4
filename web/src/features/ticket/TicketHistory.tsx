import type { Actor } from '@atiende/contracts';
import { Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { useTicketConfig } from '../ticket-config/use-ticket-config';
import { describeChange, historyEventLabel } from './history-format';
import { useTicketHistory } from './use-ticket';

/** "Ana Torres", or "Cierre automático (automático)" / "Integración (API)" / "Carlos (cliente)". */
function ActorName({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const name = actor.name || t('history.systemActor');
  return (
    <>
      <Text span fw={600}>
        {name}
      </Text>
      {actor.type !== 'agent' && (
        <Text span c="dimmed" size="xs">
          {' '}
          ({t(`ticketWork.history.actor.${actor.type}`)})
        </Text>
      )}
    </>
  );
}

/**
 * Who changed what and when on a ticket, newest first: the actor (and whether it was the customer,
 * an API integration or an automatic rule such as auto-close), the event, and each field change with
 * translated field names and values (custom fields, types and statuses by their configured names).
 */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const history = useTicketHistory(ticketId, true);
  const config = useTicketConfig().data;
  const language = i18n.resolvedLanguage ?? i18n.language;

  if (history.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0)
    return <EmptyState icon={<IconHistory size={26} />} title={t('history.empty')} />;

  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label={t('history.label')} mt="sm">
      {history.data.map((event) => (
        <Timeline.Item
          key={event.id}
          data-testid="history-event"
          title={
            <Text size="sm">
              <ActorName actor={event.actor} /> {historyEventLabel(t, event.type)}
            </Text>
          }
        >
          {event.changes.map((change, index) => (
            <Text key={`${change.field}-${index}`} size="sm">
              {describeChange(t, change, { config, eventType: event.type, language })}
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
