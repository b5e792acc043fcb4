import { TicketSettings } from '@atiende/contracts';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, type FieldErrors } from '../../lib/errors';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import { ticketSettingsApi, useConfigMutation } from './ticket-settings-api';

type Field = keyof TicketSettings;

const ISSUE_FIELDS: Record<string, Field> = {
  autoCloseAfterDays: 'autoCloseAfterDays',
  trashRetentionDays: 'trashRetentionDays',
};

/** The accepted range of each setting, read from the shared contract so client and server agree. */
function rangeOf(field: Field): { min: number; max: number } {
  const schema = TicketSettings.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The typed value as a whole number inside the field's range, or null. */
function parseDays(field: Field, value: number | string): number | null {
  const parsed = TicketSettings.shape[field].safeParse(typeof value === 'string' ? Number.NaN : value);
  return parsed.success ? parsed.data : null;
}

/**
 * "Ciclo de vida": days after which solved tickets close by themselves (0 = never) and days trashed
 * tickets are kept before the purge job deletes them. Ranges are checked before saving. The form
 * starts from `settings` each time the tab is opened (tabs are not kept mounted) and then keeps
 * the admin's edits.
 */
export function LifecycleTab({ settings }: { settings: TicketSettings }) {
  const { t } = useTranslation();
  const save = useConfigMutation((input: TicketSettings) => ticketSettingsApi.updateSettings(input));
  const [values, setValues] = useState<Record<Field, number | string>>(settings);
  const [localErrors, setLocalErrors] = useState<FieldErrors<Field>>({});
  const server = formErrorsFrom(t, save.error, ISSUE_FIELDS);
  const errors = { ...server.fields, ...localErrors };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const autoCloseAfterDays = parseDays('autoCloseAfterDays', values.autoCloseAfterDays);
    const trashRetentionDays = parseDays('trashRetentionDays', values.trashRetentionDays);
    const found: FieldErrors<Field> = {};
    if (autoCloseAfterDays === null)
      found.autoCloseAfterDays = t('admin.lifecycle.outOfRange', rangeOf('autoCloseAfterDays'));
    if (trashRetentionDays === null)
      found.trashRetentionDays = t('admin.lifecycle.outOfRange', rangeOf('trashRetentionDays'));
    setLocalErrors(found);
    if (autoCloseAfterDays === null || trashRetentionDays === null) return;
    save.mutate(
      { autoCloseAfterDays, trashRetentionDays },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
        },
      },
    );
  };

  const input = (field: Field, label: string, description: string) => {
    const { min, max } = rangeOf(field);
    return (
      <NumberInput
        label={label}
        description={description}
        value={values[field]}
        min={min}
        max={max}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        onChange={(value) => {
          setValues((current) => ({ ...current, [field]: value }));
          setLocalErrors((current) => ({ ...current, [field]: undefined }));
        }}
        error={errors[field]}
        maw={520}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('admin.lifecycle.intro')}
        </Text>
        <FormAlert message={server.general} />
        {input('autoCloseAfterDays', t('admin.lifecycle.autoClose'), t('admin.lifecycle.autoCloseHint'))}
        {input(
          'trashRetentionDays',
          t('admin.lifecycle.trashRetention'),
          t('admin.lifecycle.trashRetentionHint'),
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
