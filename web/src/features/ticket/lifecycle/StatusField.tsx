import type { Ticket } from '@atiende/contracts';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicketConfig } from '../../ticket-config/use-ticket-config';
import { useUpdateTicket } from '../use-ticket';
import { FinalizeDialog } from './FinalizeDialog';
import { parseStatusValue, statusOptions, statusValue, type StatusChoice } from './status-options';

interface StatusFieldProps {
  ticket: Ticket;
  disabled: boolean;
  /** Called with the custom fields a refused solve requires (empty once solving succeeds). */
  onMissingFields: (fieldIds: string[]) => void;
}

/**
 * The ticket's status: one select grouped by category, each group listing the category and its
 * custom statuses. Non-solved choices save at once; a solved one (category or custom status) opens
 * the "Finalizar ticket" dialog first, which asks for the resolution.
 */
export function StatusField({ ticket, disabled, onMissingFields }: StatusFieldProps) {
  const { t } = useTranslation();
  const statuses = useTicketConfig().data?.statuses ?? [];
  const update = useUpdateTicket(ticket.id);
  const [solving, setSolving] = useState<StatusChoice | null>(null);
  const current = statusValue(ticket);

  const choose = (value: string | null) => {
    if (value === null || value === current) return;
    const choice = parseStatusValue(value, statuses, ticket.customStatus !== null);
    if (!choice) return;
    if (choice.category === 'solved') {
      setSolving(choice);
      return;
    }
    update.mutate({
      input: choice.input,
      optimistic: { status: choice.category, customStatus: choice.customStatus },
    });
  };

  return (
    <>
      <Select
        label={t('ticket.fields.status')}
        data={statusOptions(t, statuses, ticket.customStatus)}
        value={ticket.status === 'trashed' ? null : current}
        placeholder={ticket.status === 'trashed' ? t('status.trashed') : undefined}
        allowDeselect={false}
        disabled={disabled}
        onChange={choose}
        data-testid="status-select"
      />
      {solving && (
        <FinalizeDialog
          ticket={ticket}
          choice={solving}
          onClose={() => {
            setSolving(null);
          }}
          onMissingFields={onMissingFields}
        />
      )}
    </>
  );
}
