import { TicketPriority, type Ticket } from '@atiende/contracts';
import { Divider, Paper, Select, Stack, TagsInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/use-abilities';
import { TicketSlaPanel } from '../sla/TicketSlaPanel';
import { TicketSurveyPanel } from '../surveys/TicketSurveyPanel';
import { AssignmentFields } from './AssignmentFields';
import { CustomFieldsSection } from './custom-fields/CustomFieldsSection';
import { ResolutionInfo } from './lifecycle/ResolutionInfo';
import { StatusField } from './lifecycle/StatusField';
import { TicketFacts } from './TicketFacts';
import { TypeField } from './TypeField';
import { useUpdateTicket } from './use-ticket';

/** Normalises typed tags the way the server stores them: trimmed, lower-case, unique. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))];
}

/**
 * The ticket's properties, each saved immediately on change (PATCH): status (with the finalize
 * dialog), priority, type, assignee, team, tags and custom fields; then the resolution, the SLA
 * clocks, the satisfaction survey and the read-only facts. Editing needs `tickets.write`, and closed
 * or trashed tickets are read-only (the server refuses changes to them). Custom fields a refused solve required stay highlighted.
 */
export function TicketSidePanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const update = useUpdateTicket(ticket.id);
  const [missingFieldIds, setMissingFieldIds] = useState<string[]>([]);
  const readOnly = !can('tickets.write') || ticket.status === 'closed' || ticket.status === 'trashed';

  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="ticket-details-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="ticket-details-title">
          {t('ticket.details')}
        </Title>
        <StatusField ticket={ticket} disabled={readOnly} onMissingFields={setMissingFieldIds} />
        <ResolutionInfo ticket={ticket} />
        <Select
          label={t('ticket.fields.priority')}
          data={TicketPriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          value={ticket.priority}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(value) => {
            const priority = TicketPriority.safeParse(value);
            if (priority.success && priority.data !== ticket.priority) {
              update.mutate({ input: { priority: priority.data }, optimistic: { priority: priority.data } });
            }
          }}
        />
        <TypeField ticket={ticket} disabled={readOnly} />
        <AssignmentFields ticket={ticket} disabled={readOnly} />
        <TagsInput
          label={t('ticket.fields.tags')}
          placeholder={readOnly ? undefined : t('ticket.tagsPlaceholder')}
          value={ticket.tags}
          disabled={readOnly}
          clearable
          onChange={(value) => {
            const tags = normalizeTags(value);
            if (tags.join('\n') !== ticket.tags.join('\n')) {
              update.mutate({ input: { tags }, optimistic: { tags } });
            }
          }}
        />
        <CustomFieldsSection ticket={ticket} disabled={readOnly} missingFieldIds={missingFieldIds} />
        <Divider />
        <TicketSlaPanel ticketId={ticket.id} />
        <Divider />
        <TicketSurveyPanel ticketId={ticket.id} />
        <Divider />
        <TicketFacts ticket={ticket} />
      </Stack>
    </Paper>
  );
}
