import type { CustomFieldValue, Ticket } from '@atiende/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicketConfig } from '../../ticket-config/use-ticket-config';
import { useUpdateTicket } from '../use-ticket';
import { CustomFieldInput } from './CustomFieldInput';

interface CustomFieldsSectionProps {
  ticket: Ticket;
  disabled: boolean;
  /** Field ids a refused solve named; those inputs show "required to solve". */
  missingFieldIds: readonly string[];
}

/** A value that does not count as filled in for required-on-solve fields. */
function isEmpty(value: CustomFieldValue | undefined): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The workspace's active custom fields for this ticket, one input per field in admin order (plus
 * archived ones the ticket still has a value for, read-only). Each
 * change PATCHes `customFields: {[id]: value}` (null clears) and shows at once (optimistic).
 */
export function CustomFieldsSection({ ticket, disabled, missingFieldIds }: CustomFieldsSectionProps) {
  const { t } = useTranslation();
  // Archived fields stay visible (read-only) on tickets that still hold a value for them.
  const fields = (useTicketConfig().data?.customFields ?? [])
    .filter((field) => !field.archived || !isEmpty(ticket.customFields[field.id]))
    .sort((a, b) => a.position - b.position);
  const update = useUpdateTicket(ticket.id);
  if (fields.length === 0) return null;

  const save = (fieldId: string, value: CustomFieldValue) => {
    const customFields = Object.fromEntries(
      Object.entries({ ...ticket.customFields, [fieldId]: value }).filter(([, v]) => v !== null),
    );
    update.mutate({ input: { customFields: { [fieldId]: value } }, optimistic: { customFields } });
  };

  return (
    <Stack gap="sm" role="group" aria-labelledby="ticket-custom-fields-title">
      <Text size="sm" fw={600} id="ticket-custom-fields-title">
        {t('ticketWork.customFields.title')}
      </Text>
      {fields.map((field) => (
        <CustomFieldInput
          key={field.id}
          field={field}
          value={ticket.customFields[field.id]}
          disabled={disabled || field.archived}
          error={
            missingFieldIds.includes(field.id) && isEmpty(ticket.customFields[field.id])
              ? t('ticketWork.customFields.missing')
              : null
          }
          onSave={(value) => {
            save(field.id, value);
          }}
        />
      ))}
    </Stack>
  );
}
