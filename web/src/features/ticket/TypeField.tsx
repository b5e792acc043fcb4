import type { Ticket } from '@atiende/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import { useUpdateTicket } from './use-ticket';

/**
 * The ticket type: the workspace's active types by name, saved on change. A type archived since
 * (or unknown to the config) on an older ticket is still listed, so the select shows its name/key.
 */
export function TypeField({ ticket, disabled }: { ticket: Ticket; disabled: boolean }) {
  const { t } = useTranslation();
  const types = useTicketConfig().data?.types ?? [];
  const update = useUpdateTicket(ticket.id);
  const data = activeOnly(types)
    .sort((a, b) => a.position - b.position)
    .map((type) => ({ value: type.key, label: type.name }));
  if (ticket.type !== null && !data.some((option) => option.value === ticket.type)) {
    const archived = types.find((type) => type.key === ticket.type);
    data.push({
      value: ticket.type,
      label: archived ? t('ticketWork.type.archived', { name: archived.name }) : ticket.type,
    });
  }
  return (
    <Select
      label={t('ticket.fields.type')}
      placeholder={t('ticket.noType')}
      data={data}
      value={ticket.type}
      clearable
      disabled={disabled}
      onChange={(type) => {
        if (type !== ticket.type) update.mutate({ input: { type }, optimistic: { type } });
      }}
    />
  );
}
