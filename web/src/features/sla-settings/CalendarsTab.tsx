import type { BusinessCalendar, SlaRecomputeRun } from '@atiende/contracts';
import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/api-error';
import { describeError } from '../../lib/errors';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EditDeleteActions } from '../../ui/EditDeleteActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { slaApi } from '../sla/sla-api';
import { CalendarFormModal } from './CalendarFormModal';
import { hoursSummary } from './calendar-summary';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { ListTabFrame } from './ListTabFrame';
import { zoneLabel } from './time-zones';
import { useCalendars, useSlaMutation } from './use-sla-settings';

type Editing = { mode: 'new' } | { mode: 'edit'; calendar: BusinessCalendar } | null;

/**
 * Business calendars: each with its zone, weekly hours and holiday count; create, edit and delete
 * (refused with a clear message while a policy uses the calendar).
 */
export function CalendarsTab({ onRecompute }: { onRecompute: (run: SlaRecomputeRun) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const calendars = useCalendars();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<BusinessCalendar | null>(null);
  const remove = useSlaMutation((id: string) => slaApi.deleteCalendar(id));

  if (calendars.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (calendars.isError)
    return <ErrorAlert error={calendars.error} onRetry={() => void calendars.refetch()} />;
  const list = calendars.data;
  const deleteError =
    remove.error === null
      ? null
      : isApiError(remove.error, 'conflict')
        ? `${t('sla.calendars.inUse')} ${remove.error.message}`
        : describeError(t, remove.error);

  return (
    <ListTabFrame
      section="calendars"
      empty={list.length === 0}
      minWidth={640}
      onNew={() => {
        setEditing({ mode: 'new' });
      }}
      head={
        <>
          <Table.Th>{t('sla.calendars.name')}</Table.Th>
          <Table.Th>{t('sla.calendars.zone')}</Table.Th>
          <Table.Th>{t('sla.calendars.hours')}</Table.Th>
          <Table.Th>{t('sla.calendars.holidays')}</Table.Th>
        </>
      }
      dialogs={
        <>
          {editing !== null && (
            <CalendarFormModal
              {...(editing.mode === 'edit' ? { calendar: editing.calendar } : {})}
              onClose={() => {
                setEditing(null);
              }}
              onRecompute={onRecompute}
            />
          )}
          {deleting !== null && (
            <ConfirmDeleteModal
              section="calendars"
              item={deleting}
              remove={remove}
              error={deleteError}
              onClose={() => {
                setDeleting(null);
              }}
            />
          )}
        </>
      }
    >
      {list.map((calendar) => (
        <Table.Tr key={calendar.id} data-testid="sla-calendar-row">
          <Table.Td>
            <Text size="sm" fw={600}>
              {calendar.name}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{zoneLabel(calendar.timeZone)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{hoursSummary(calendar.hours, language)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t('sla.calendars.holidayCount', { count: calendar.holidays.length })}</Text>
          </Table.Td>
          <Table.Td>
            <EditDeleteActions
              editLabel={t('sla.calendars.edit', { name: calendar.name })}
              deleteLabel={t('sla.calendars.delete', { name: calendar.name })}
              onEdit={() => {
                setEditing({ mode: 'edit', calendar });
              }}
              onDelete={() => {
                remove.reset();
                setDeleting(calendar);
              }}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTabFrame>
  );
}
