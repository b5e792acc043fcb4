import { ActionIcon, Button, Group, Input, Stack, Switch, Text } from '@mantine/core';
import { IconCopy, IconPlus, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { copyMondayToWeekdays, type CalendarField, type DayDraft, type IntervalDraft } from './calendar-form';

interface WeeklyHoursEditorProps {
  days: DayDraft[];
  onChange: (days: DayDraft[]) => void;
  /** Messages per interval (`day.<weekday>.<index>`) and for the whole grid (`hours`). */
  errorOf: (field: CalendarField) => string | undefined;
}

/** Most intervals one day may hold (lunch breaks and split shifts need two or three). */
const MAX_INTERVALS_PER_DAY = 6;

/** The weekday's name in the UI language ("lunes", "Monday"); 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/**
 * The weekly working hours: per weekday an open/closed switch and one or more start–end intervals
 * (add, remove), plus "copy Monday to the weekdays". Each interval's error shows under it.
 */
export function WeeklyHoursEditor({ days, onChange, errorOf }: WeeklyHoursEditorProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const baseId = useId();
  const setDay = (weekday: number, patch: Partial<DayDraft>) => {
    onChange(days.map((day) => (day.weekday === weekday ? { ...day, ...patch } : day)));
  };
  const setInterval = (day: DayDraft, index: number, patch: Partial<IntervalDraft>) => {
    setDay(day.weekday, {
      intervals: day.intervals.map((interval, i) => (i === index ? { ...interval, ...patch } : interval)),
    });
  };

  return (
    <Input.Wrapper
      label={t('sla.calendarForm.hours')}
      description={t('sla.calendarForm.hoursHint')}
      error={errorOf('hours')}
    >
      <Stack gap="xs" mt={6}>
        <Group justify="flex-end">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconCopy size={14} />}
            onClick={() => {
              onChange(copyMondayToWeekdays(days));
            }}
          >
            {t('sla.calendarForm.copyMonday')}
          </Button>
        </Group>
        {days.map((day) => {
          const dayName = weekdayName(day.weekday, language);
          return (
            <Group
              key={day.weekday}
              align="flex-start"
              wrap="nowrap"
              gap="sm"
              data-testid={`weekday-${day.weekday}`}
            >
              <Switch
                w={130}
                mt={6}
                label={dayName}
                checked={day.open}
                onChange={(event) => {
                  setDay(day.weekday, { open: event.currentTarget.checked });
                }}
                styles={{ label: { textTransform: 'capitalize' } }}
              />
              {day.open ? (
                <Stack gap={4}>
                  {day.intervals.map((interval, index) => {
                    const error = errorOf(`day.${day.weekday}.${index}`);
                    const position = { day: dayName, n: index + 1 };
                    const errorId = `${baseId}-${day.weekday}-${index}`;
                    const describedBy = error === undefined ? undefined : errorId;
                    return (
                      <div key={index}>
                        <Group gap={6} wrap="nowrap">
                          <Input
                            type="time"
                            size="xs"
                            aria-label={t('sla.calendarForm.from', position)}
                            value={interval.start}
                            error={error !== undefined}
                            withAria={false}
                            aria-invalid={error !== undefined}
                            aria-describedby={describedBy}
                            onChange={(event) => {
                              setInterval(day, index, { start: event.currentTarget.value });
                            }}
                          />
                          <Text size="xs" aria-hidden>
                            –
                          </Text>
                          <Input
                            type="time"
                            size="xs"
                            aria-label={t('sla.calendarForm.to', position)}
                            value={interval.end}
                            error={error !== undefined}
                            withAria={false}
                            aria-invalid={error !== undefined}
                            aria-describedby={describedBy}
                            onChange={(event) => {
                              setInterval(day, index, { end: event.currentTarget.value });
                            }}
                          />
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('sla.calendarForm.removeInterval', position)}
                            disabled={day.intervals.length === 1}
                            onClick={() => {
                              setDay(day.weekday, { intervals: day.intervals.filter((_, i) => i !== index) });
                            }}
                          >
                            <IconX size={14} />
                          </ActionIcon>
                        </Group>
                        {error !== undefined && <Input.Error id={errorId}>{error}</Input.Error>}
                      </div>
                    );
                  })}
                  {day.intervals.length < MAX_INTERVALS_PER_DAY && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      leftSection={<IconPlus size={12} />}
                      w="fit-content"
                      onClick={() => {
                        const last = day.intervals.at(-1);
                        setDay(day.weekday, {
                          intervals: [...day.intervals, { start: last?.end ?? '09:00', end: '' }],
                        });
                      }}
                    >
                      {t('sla.calendarForm.addInterval', { day: dayName })}
                    </Button>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed" mt={6}>
                  {t('sla.calendarForm.closed')}
                </Text>
              )}
            </Group>
          );
        })}
      </Stack>
    </Input.Wrapper>
  );
}
