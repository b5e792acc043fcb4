import type { BusinessCalendar, SlaRecomputeRun } from '@atiende/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { slaApi, type CalendarBody } from '../sla/sla-api';
import {
  calendarIssueField,
  calendarToDraft,
  draftToCalendarBody,
  type CalendarField,
  type HoursIndex,
} from './calendar-form';
import { serverFormErrors } from './form-errors';
import { SlaFormModal } from './SlaFormModal';
import { HolidaysEditor } from './HolidaysEditor';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useSlaForm } from './use-sla-form';
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
  const sentHours = useRef<HoursIndex>([]);
  const { draft, local, update, save, submit } = useSlaForm({
    initial: () => calendarToDraft(calendar, workspace.timezone),
    build: (current) => {
      const built = draftToCalendarBody(current);
      // Remember which form row each interval sent came from, so the server's issues land there.
      if ('body' in built) sentHours.current = built.hoursIndex;
      return built;
    },
    send: (body: CalendarBody) =>
      calendar === undefined ? slaApi.createCalendar(body) : slaApi.updateCalendar(calendar.id, body),
    savedMessage: (result) =>
      calendar === undefined
        ? t('sla.calendarForm.created', { name: result.calendar.name })
        : t('sla.calendarForm.saved', { name: result.calendar.name }),
    onRecompute,
    onClose,
  });
  const server = serverFormErrors(t, save.error, (path) => calendarIssueField(path, sentHours.current));
  const errorOf = (field: CalendarField): string | undefined => {
    const problem = local[field];
    if (problem === undefined) return server.fields[field];
    return problem === 'required' ? t('errors.required') : t(`sla.calendarForm.problems.${problem}`);
  };

  return (
    <SlaFormModal
      form="calendarForm"
      editing={calendar}
      size="lg"
      name={draft.name}
      onNameChange={(name) => {
        update({ name });
      }}
      nameError={errorOf('name')}
      onClose={onClose}
      onSubmit={submit}
      error={server.general}
      pending={save.isPending}
    >
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
    </SlaFormModal>
  );
}
