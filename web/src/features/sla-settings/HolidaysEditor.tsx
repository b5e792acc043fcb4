import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarField, HolidayDraft } from './calendar-form';

interface HolidaysEditorProps {
  holidays: HolidayDraft[];
  onChange: (holidays: HolidayDraft[]) => void;
  errorOf: (field: CalendarField) => string | undefined;
}

/** Most holidays a calendar holds (the server's limit). */
const MAX_HOLIDAYS = 400;

/**
 * Days off (no working time on that local date): one row per holiday with its date and name,
 * add and remove. Errors show under the offending input.
 */
export function HolidaysEditor({ holidays, onChange, errorOf }: HolidaysEditorProps) {
  const { t } = useTranslation();
  const setHoliday = (index: number, patch: Partial<HolidayDraft>) => {
    onChange(holidays.map((holiday, i) => (i === index ? { ...holiday, ...patch } : holiday)));
  };
  return (
    <Input.Wrapper
      label={t('sla.calendarForm.holidays')}
      description={t('sla.calendarForm.holidaysHint')}
      error={errorOf('holidays')}
    >
      <Stack gap="xs" mt={6}>
        {holidays.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('sla.calendarForm.noHolidays')}
          </Text>
        )}
        {holidays.map((holiday, index) => {
          const n = index + 1;
          return (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                type="date"
                size="xs"
                aria-label={t('sla.calendarForm.holidayDate', { n })}
                value={holiday.date}
                error={errorOf(`holidays.${index}.date`)}
                onChange={(event) => {
                  setHoliday(index, { date: event.currentTarget.value });
                }}
              />
              <TextInput
                size="xs"
                style={{ flex: 1 }}
                maxLength={100}
                aria-label={t('sla.calendarForm.holidayName', { n })}
                placeholder={t('sla.calendarForm.holidayNamePlaceholder')}
                value={holiday.name}
                error={errorOf(`holidays.${index}.name`)}
                onChange={(event) => {
                  setHoliday(index, { name: event.currentTarget.value });
                }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={t('sla.calendarForm.removeHoliday', { n })}
                onClick={() => {
                  onChange(holidays.filter((_, i) => i !== index));
                }}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          );
        })}
        {holidays.length < MAX_HOLIDAYS && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            w="fit-content"
            onClick={() => {
              onChange([...holidays, { date: '', name: '' }]);
            }}
          >
            {t('sla.calendarForm.addHoliday')}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
