import type { Ticket } from '@atiende/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * How a solved or closed ticket ended ("Finalizado", or "No finalizado: <reason>"); nothing for
 * tickets still being worked on or solved before resolutions existed.
 */
export function ResolutionInfo({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if ((ticket.status !== 'solved' && ticket.status !== 'closed') || ticket.resolution === null) return null;
  const text =
    ticket.resolution === 'not_finalized' && ticket.resolutionReason
      ? t('ticketWork.resolution.withReason', { reason: ticket.resolutionReason.name })
      : t(`ticketWork.resolution.${ticket.resolution}`);
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {t('ticketWork.resolution.label')}
      </Text>
      <Text size="sm" data-testid="ticket-resolution">
        {text}
      </Text>
    </div>
  );
}
