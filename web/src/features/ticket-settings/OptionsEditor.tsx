import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/errors';
import { optionValueFrom } from './config-order';
import { newOptionUid, type CustomFieldFormField, type OptionDraft } from './custom-field-form';

interface OptionsEditorProps {
  options: readonly OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  errors: FieldErrors<CustomFieldFormField>;
}

/**
 * Rows of label + value for a dropdown or multi-select field, with add and remove. An empty value
 * is derived from the label (shown as the placeholder). Values of options that already existed are
 * read-only, because tickets store them.
 */
export function OptionsEditor({ options, onChange, errors }: OptionsEditorProps) {
  const { t } = useTranslation();

  const edit = (index: number, patch: Partial<Pick<OptionDraft, 'label' | 'value'>>) => {
    onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  };

  const add = () => {
    onChange([...options, { uid: newOptionUid(), label: '', value: '', locked: false }]);
  };

  return (
    <Fieldset legend={t('admin.fields.options')}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('admin.fields.optionsHint')}
        </Text>
        {errors.options !== undefined && (
          <Text size="sm" c="red" role="alert">
            {errors.options}
          </Text>
        )}
        {options.map((option, index) => {
          const number = index + 1;
          return (
            <Group key={option.uid} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={t('admin.fields.optionLabel', { number })}
                value={option.label}
                maxLength={100}
                required
                onChange={(event) => {
                  edit(index, { label: event.currentTarget.value });
                }}
                error={errors[`options.${index}.label`]}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('admin.fields.optionValue', { number })}
                value={option.value}
                maxLength={100}
                placeholder={optionValueFrom(option.label)}
                readOnly={option.locked}
                description={option.locked ? t('admin.fields.optionValueLocked') : undefined}
                onChange={(event) => {
                  edit(index, { value: event.currentTarget.value });
                }}
                error={errors[`options.${index}.value`]}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={25}
                aria-label={t('admin.fields.removeOption', { number })}
                title={t('admin.fields.removeOption', { number })}
                onClick={() => {
                  onChange(options.filter((_, i) => i !== index));
                }}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
            {t('admin.fields.addOption')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
