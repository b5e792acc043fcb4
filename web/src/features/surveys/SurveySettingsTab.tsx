import type { SurveySettings } from '@atiende/contracts';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, type FieldErrors } from '../../lib/errors';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import {
  fieldRange,
  SETTINGS_ISSUE_FIELDS,
  toFormValues,
  validateSettingsForm,
  type DelayUnit,
  type NumberField,
  type SurveySettingsFormValues,
} from './survey-settings-form';
import { useSurveySettings, useUpdateSurveySettings } from './surveys-api';

const SWITCHES = [
  { key: 'csatEnabled', hint: 'csatHint' },
  { key: 'cesEnabled', hint: 'cesHint' },
  { key: 'npsEnabled', hint: 'npsHint' },
] as const;
const DELAY_UNITS: readonly DelayUnit[] = ['minutes', 'hours'];

/** The settings tab: loads the workspace's survey settings, then shows the form. */
export function SurveySettingsTab() {
  const { t } = useTranslation();
  const settings = useSurveySettings();
  if (settings.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SurveySettingsForm settings={settings.data} />;
}

/**
 * The survey settings form (ability `surveys.manage`): which questions to ask (CSAT, CES, NPS), how
 * often a customer may get NPS, the wait after solving (in minutes or hours) and how long the link
 * stays valid. Ranges come from the shared contract and are checked before saving; the server's
 * field errors land on the same fields.
 */
export function SurveySettingsForm({ settings }: { settings: SurveySettings }) {
  const { t } = useTranslation();
  const save = useUpdateSurveySettings();
  const [values, setValues] = useState<SurveySettingsFormValues>(() => toFormValues(settings));
  const [localErrors, setLocalErrors] = useState<FieldErrors<NumberField>>({});
  const server = formErrorsFrom(t, save.error, SETTINGS_ISSUE_FIELDS);
  const errors = { ...server.fields, ...localErrors };

  const change = (patch: Partial<SurveySettingsFormValues>, clears?: NumberField) => {
    setValues((current) => ({ ...current, ...patch }));
    if (clears) setLocalErrors((current) => ({ ...current, [clears]: undefined }));
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = validateSettingsForm(values);
    if (!result.ok) {
      const found: FieldErrors<NumberField> = {};
      for (const [field, range] of Object.entries(result.errors)) {
        found[field as NumberField] = t('surveys.settings.outOfRange', range);
      }
      setLocalErrors(found);
      return;
    }
    setLocalErrors({});
    save.mutate(result.input, {
      onSuccess: () => {
        notifySuccess(t('common.saved'));
      },
    });
  };

  const numberInput = (field: NumberField, label: string, description: string, unit?: ReactNode) => {
    const { min, max } = fieldRange(field, values.sendDelayUnit);
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
          change({ [field]: value }, field);
        }}
        error={errors[field]}
        maw={unit === undefined ? 320 : 440}
        inputContainer={
          unit === undefined
            ? undefined
            : (input) => (
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <div style={{ flex: 1 }}>{input}</div>
                  {unit}
                </Group>
              )
        }
      />
    );
  };
  const noneEnabled = SWITCHES.every(({ key }) => !values[key]);

  return (
    <form onSubmit={submit} noValidate aria-label={t('surveys.tabs.settings')}>
      <Stack gap="md" maw={640}>
        <Text size="sm" c="dimmed">
          {t('surveys.settings.intro')}
        </Text>
        <FormAlert message={server.general} />
        <Fieldset legend={t('surveys.settings.questions')}>
          <Stack gap="sm">
            {SWITCHES.map(({ key, hint }) => (
              <Switch
                key={key}
                label={t(`surveys.settings.${key}`)}
                description={t(`surveys.settings.${hint}`)}
                checked={values[key]}
                onChange={(event) => {
                  change({ [key]: event.currentTarget.checked });
                }}
              />
            ))}
          </Stack>
        </Fieldset>
        {noneEnabled && (
          <Alert color="yellow" variant="light">
            {t('surveys.settings.noneEnabled')}
          </Alert>
        )}
        {numberInput(
          'npsEveryDays',
          t('surveys.settings.npsEveryDays'),
          t('surveys.settings.npsEveryDaysHint'),
        )}
        {numberInput(
          'sendDelay',
          t('surveys.settings.sendDelay'),
          t('surveys.settings.sendDelayHint'),
          <NativeSelect
            aria-label={t('surveys.settings.sendDelayUnit')}
            data={DELAY_UNITS.map((unit) => ({ value: unit, label: t(`surveys.settings.${unit}`) }))}
            value={values.sendDelayUnit}
            onChange={(event) => {
              const unit = DELAY_UNITS.find((u) => u === event.currentTarget.value);
              if (unit) change({ sendDelayUnit: unit }, 'sendDelay');
            }}
            w={120}
          />,
        )}
        {numberInput(
          'expiresAfterDays',
          t('surveys.settings.expiresAfterDays'),
          t('surveys.settings.expiresAfterDaysHint'),
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
