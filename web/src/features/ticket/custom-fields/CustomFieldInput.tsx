import type { CustomField, CustomFieldValue } from '@atiende/contracts';
import { Checkbox, Group, MultiSelect, NumberInput, Select, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CustomFieldInputProps {
  field: CustomField;
  value: CustomFieldValue | undefined;
  disabled: boolean;
  /** Shown under the input, e.g. when a solve was refused because the field is empty. */
  error: string | null;
  /** Saves a new value; null clears the field. Only called when the value actually changed. */
  onSave: (value: CustomFieldValue) => void;
}

/** The label, with a red asterisk and a tooltip when the field must be filled in before solving. */
function FieldLabel({ field }: { field: CustomField }) {
  const { t } = useTranslation();
  if (!field.requiredOnSolve) return <>{field.name}</>;
  return (
    <Group gap={4} component="span" wrap="nowrap">
      {field.name}
      <Tooltip label={t('ticketWork.customFields.requiredOnSolve')}>
        <Text span c="red" aria-label={t('ticketWork.customFields.requiredOnSolve')}>
          *
        </Text>
      </Tooltip>
    </Group>
  );
}

const asText = (value: CustomFieldValue | undefined) => (typeof value === 'string' ? value : '');
const same = (a: CustomFieldValue | undefined, b: CustomFieldValue) =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

/**
 * One custom field's input, by kind: text and number save on blur, date/dropdown/multi-select/
 * checkbox on change. Free-text inputs are uncontrolled and keyed by the stored value, so a change
 * made elsewhere (realtime) replaces what is shown.
 */
export function CustomFieldInput({ field, value, disabled, error, onSave }: CustomFieldInputProps) {
  const label = <FieldLabel field={field} />;
  const save = (next: CustomFieldValue) => {
    if (!same(value, next)) onSave(next);
  };
  const common = { label, disabled, error, 'data-field-id': field.id };

  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          key={asText(value)}
          {...common}
          defaultValue={asText(value)}
          onBlur={(event) => {
            const text = event.currentTarget.value.trim();
            save(text === '' ? null : text);
          }}
        />
      );
    case 'number':
      return (
        <NumberInput
          key={String(value ?? '')}
          {...common}
          defaultValue={typeof value === 'number' ? value : ''}
          onBlur={(event) => {
            const raw = event.currentTarget.value.replace(',', '.').trim();
            const parsed = raw === '' ? null : Number(raw);
            save(parsed === null || Number.isNaN(parsed) ? null : parsed);
          }}
        />
      );
    case 'date':
      return (
        <TextInput
          key={asText(value)}
          {...common}
          type="date"
          defaultValue={asText(value)}
          onChange={(event) => {
            const date = event.currentTarget.value;
            if (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)) save(date === '' ? null : date);
          }}
        />
      );
    case 'dropdown':
      return (
        <Select
          {...common}
          data={field.options}
          value={asText(value) || null}
          clearable
          onChange={(option) => {
            save(option);
          }}
        />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          data={field.options}
          value={Array.isArray(value) ? value : []}
          clearable
          onChange={(options) => {
            save(options.length === 0 ? null : options);
          }}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          {...common}
          checked={value === true}
          onChange={(event) => {
            save(event.currentTarget.checked);
          }}
        />
      );
  }
}
