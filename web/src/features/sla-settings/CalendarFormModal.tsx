import type { BusinessCalendar, SlaRecomputeRun } from '@atiende/contracts';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import { slaApi, type CalendarBody } from '../sla/sla-api';
import {
  calendarIssueField,
  calendarToDraft,
  draftToCalendarBody,
  type CalendarDraft,
  type CalendarField,
  type CalendarProblem,
  type HoursIndex,
} from './calendar-form';
import { serverFormErrors } from './form-errors';
import { HolidaysEditor } from './HolidaysEditor';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useSlaMutation } from './use-sla-settings';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

interface CalendarFormModalProps {
  /** Edit this calendar; omit to create one. */
  calendar?: BusinessCalendar;
  onClose: () => void;
  /** Called with the recompute a save started (editing a calendar in use), to show its progress. */
  onRecompute: (run: SlaRecomputeRun) => void;
}

/**
 * Create or edit business hours: name, time zone, the weekly grid and holidays. Local checks
 * (times, overlaps, dates) run first; the server's issues land on the row they name (`hours.3.end`
 * is mapped back to the weekday interval it came from). Mount only while open.
 */
export function CalendarFormModal({ calendar, onClose, onRecompute }: CalendarFormModalProps) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const save = useSlaMutation((body: CalendarBody) =>
    calendar === undefined ? slaApi.createCalendar(body) : slaApi.updateCalendar(calendar.id, body),
  );
  const [draft, setDraft] = useState<CalendarDraft>(() => calendarToDraft(calendar, workspace.timezone));
  const [local, setLocal] = useState<Partial<Record<CalendarField, CalendarProblem>>>({});
  const sentHours = useRef<HoursIndex>([]);
  const server = serverFormErrors(t, save.error, (path) => calendarIssueField(path, sentHours.current));
  const errorOf = (field: CalendarField): string | undefined => {
    const problem = local[field];
    if (problem === undefined) return server.fields[field];
    return problem === 'required' ? t('errors.required') : t(`sla.calendarForm.problems.${problem}`);
  };
  const update = (patch: Partial<CalendarDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setLocal({});
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const built = draftToCalendarBody(draft);
    if ('problems' in built) {
      setLocal(built.problems);
      return;
    }
    sentHours.current = built.hoursIndex;
    save.mutate(built.body, {
      onSuccess: (result) => {
        notifySuccess(
          calendar === undefined
            ? t('sla.calendarForm.created', { name: result.calendar.name })
            : t('sla.calendarForm.saved', { name: result.calendar.name }),
        );
        if (result.recompute !== null) onRecompute(result.recompute);
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        calendar === undefined
          ? t('sla.calendarForm.newTitle')
          : t('sla.calendarForm.editTitle', { name: calendar.name })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={server.general} />
          <TextInput
            label={t('sla.calendarForm.name')}
            required
            maxLength={100}
            value={draft.name}
            onChange={(event) => {
              update({ name: event.currentTarget.value });
            }}
            error={errorOf('name')}
            data-autofocus
          />
          <TimeZoneSelect
            value={draft.timeZone}
            onChange={(timeZone) => {
              update({ timeZone });
            }}
            error={errorOf('timeZone')}
          />
          <WeeklyHoursEditor
            days={draft.days}
            onChange={(days) => {
              update({ days });
            }}
            errorOf={errorOf}
          />
          <HolidaysEditor
            holidays={draft.holidays}
            onChange={(holidays) => {
              update({ holidays });
            }}
            errorOf={errorOf}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
