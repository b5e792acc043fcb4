import type { Message, Ticket } from '@atiende/contracts';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SplitDialog } from './relations/SplitDialog';
import { ThreadMessage } from './ThreadMessage';
import { useTicketMessages } from './use-ticket';

interface TicketThreadProps {
  ticket: Pick<Ticket, 'id' | 'number' | 'subject'>;
  /** Whether messages after the first offer "split into a new ticket". */
  canSplit: boolean;
}

/**
 * The ticket's messages, oldest first, as a live log region so new messages are announced. Every
 * message but the first can be split into a new ticket when `canSplit`.
 */
export function TicketThread({ ticket, canSplit }: TicketThreadProps) {
  const { t } = useTranslation();
  const messages = useTicketMessages(ticket.id);
  const [splitting, setSplitting] = useState<Message | null>(null);

  if (messages.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (messages.isError) return <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />;
  if (messages.data.length === 0) return <EmptyState title={t('thread.empty')} />;

  return (
    <Stack gap="sm" role="log" aria-label={t('thread.label')}>
      {messages.data.map((message, index) => (
        <ThreadMessage
          key={message.id}
          message={message}
          {...(canSplit && index > 0
            ? {
                onSplit: () => {
                  setSplitting(message);
                },
              }
            : {})}
        />
      ))}
      {splitting && (
        <SplitDialog
          ticket={ticket}
          message={splitting}
          onClose={() => {
            setSplitting(null);
          }}
        />
      )}
    </Stack>
  );
}
