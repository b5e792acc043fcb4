import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ThreadMessage } from './ThreadMessage';
import { useTicketMessages } from './use-ticket';

/** The ticket's messages, oldest first, as a live log region so new messages are announced. */
export function TicketThread({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const messages = useTicketMessages(ticketId);

  if (messages.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (messages.isError) return <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />;
  if (messages.data.length === 0) return <EmptyState title={t('thread.empty')} />;

  return (
    <Stack gap="sm" role="log" aria-label={t('thread.label')}>
      {messages.data.map((message) => (
        <ThreadMessage key={message.id} message={message} />
      ))}
    </Stack>
  );
}
