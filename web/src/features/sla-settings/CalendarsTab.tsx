import type { BusinessCalendar, SlaRecomputeRun } from '@atiende/contracts';
import { ActionIcon, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/api-error';
import { describeError } from '../../lib/errors';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { notifySuccess } from '../../ui/notify';
import { slaApi } from '../sla/sla-api';
import { CalendarFormModal } from './CalendarFormModal';
import { hoursSummary } from './calendar-summary';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
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
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('sla.calendars.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setEditing({ mode: 'new' });
          }}
        >
          {t('sla.calendars.new')}
        </Button>
      </Group>
      {list.length === 0 ? (
        <EmptyState title={t('sla.calendars.emptyTitle')} description={t('sla.calendars.emptyBody')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('sla.calendars.listLabel')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sla.calendars.name')}</Table.Th>
                <Table.Th>{t('sla.calendars.zone')}</Table.Th>
                <Table.Th>{t('sla.calendars.hours')}</Table.Th>
                <Table.Th>{t('sla.calendars.holidays')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('sla.policies.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
                    <Text size="sm">
                      {t('sla.calendars.holidayCount', { count: calendar.holidays.length })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('sla.calendars.edit', { name: calendar.name })}
                        onClick={() => {
                          setEditing({ mode: 'edit', calendar });
                        }}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('sla.calendars.delete', { name: calendar.name })}
                        onClick={() => {
                          remove.reset();
                          setDeleting(calendar);
                        }}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
          title={t('sla.calendars.deleteTitle', { name: deleting.name })}
          body={t('sla.calendars.deleteBody')}
          pending={remove.isPending}
          error={deleteError}
          onCancel={() => {
            setDeleting(null);
          }}
          onConfirm={() => {
            remove.mutate(deleting.id, {
              onSuccess: () => {
                notifySuccess(t('sla.calendars.deleted', { name: deleting.name }));
                setDeleting(null);
              },
            });
          }}
        />
      )}
    </Stack>
  );
}
