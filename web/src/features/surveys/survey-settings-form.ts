import { SurveySettings } from '@atiende/contracts';

/** The unit the send delay is typed in; stored as minutes. */
export type DelayUnit = 'minutes' | 'hours';

/** The form's state: numbers stay `number | string` while typed (NumberInput gives '' when empty). */
export interface SurveySettingsFormValues {
  csatEnabled: boolean;
  cesEnabled: boolean;
  npsEnabled: boolean;
  npsEveryDays: number | string;
  sendDelay: number | string;
  sendDelayUnit: DelayUnit;
  expiresAfterDays: number | string;
}

/** The form's number fields, each with its own error message. */
export type NumberField = 'npsEveryDays' | 'sendDelay' | 'expiresAfterDays';

/** Server issue paths (`validation_failed`) → the field that shows them. */
export const SETTINGS_ISSUE_FIELDS: Record<string, NumberField> = {
  npsEveryDays: 'npsEveryDays',
  sendDelayMinutes: 'sendDelay',
  expiresAfterDays: 'expiresAfterDays',
};

const MINUTES_PER_HOUR = 60;

/** The range the contract accepts for a number setting. */
function contractRange(field: 'npsEveryDays' | 'sendDelayMinutes' | 'expiresAfterDays') {
  const schema = SurveySettings.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The accepted range of a field in the unit it is typed in (the delay in minutes or whole hours). */
export function fieldRange(field: NumberField, unit: DelayUnit): { min: number; max: number } {
  if (field !== 'sendDelay') return contractRange(field);
  const minutes = contractRange('sendDelayMinutes');
  return unit === 'hours'
    ? { min: Math.ceil(minutes.min / MINUTES_PER_HOUR), max: Math.floor(minutes.max / MINUTES_PER_HOUR) }
    : minutes;
}

/** Saved settings as the form shows them: a whole number of hours is shown in hours. */
export function toFormValues(settings: SurveySettings): SurveySettingsFormValues {
  const inHours = settings.sendDelayMinutes > 0 && settings.sendDelayMinutes % MINUTES_PER_HOUR === 0;
  return {
    csatEnabled: settings.csatEnabled,
    cesEnabled: settings.cesEnabled,
    npsEnabled: settings.npsEnabled,
    npsEveryDays: settings.npsEveryDays,
    sendDelay: inHours ? settings.sendDelayMinutes / MINUTES_PER_HOUR : settings.sendDelayMinutes,
    sendDelayUnit: inHours ? 'hours' : 'minutes',
    expiresAfterDays: settings.expiresAfterDays,
  };
}

/** A typed value as a whole number inside `range`, or null (empty, decimal, out of range). */
function wholeIn(value: number | string, range: { min: number; max: number }): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= range.min && n <= range.max ? n : null;
}

/**
 * Checks the form against the contract's ranges. Returns the settings to PATCH, or, per invalid
 * field, the range to mention in its message (in the unit the admin typed).
 */
export function validateSettingsForm(
  values: SurveySettingsFormValues,
):
  | { ok: true; input: SurveySettings }
  | { ok: false; errors: Partial<Record<NumberField, { min: number; max: number }>> } {
  const errors: Partial<Record<NumberField, { min: number; max: number }>> = {};
  const read = (field: NumberField): number | null => {
    const range = fieldRange(field, values.sendDelayUnit);
    const n = wholeIn(values[field], range);
    if (n === null) errors[field] = range;
    return n;
  };
  const npsEveryDays = read('npsEveryDays');
  const sendDelay = read('sendDelay');
  const expiresAfterDays = read('expiresAfterDays');
  if (npsEveryDays === null || sendDelay === null || expiresAfterDays === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      csatEnabled: values.csatEnabled,
      cesEnabled: values.cesEnabled,
      npsEnabled: values.npsEnabled,
      npsEveryDays,
      sendDelayMinutes: values.sendDelayUnit === 'hours' ? sendDelay * MINUTES_PER_HOUR : sendDelay,
      expiresAfterDays,
    },
  };
}
