import {
  CustomFieldKind,
  type CreateCustomFieldInput,
  type CustomField,
  type UpdateCustomFieldInput,
} from '@atiende/contracts';
import { Select, Switch, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, type FieldErrors } from '../../lib/errors';
import { FormModal } from '../../ui/FormModal';
import { notifySuccess } from '../../ui/notify';
import {
  buildOptions,
  customFieldIssueFields,
  draftsFrom,
  isChoiceKind,
  newOptionUid,
  type CustomFieldFormField,
  type OptionDraft,
  type OptionProblem,
} from './custom-field-form';
import { OptionsEditor } from './OptionsEditor';
import { ticketSettingsApi, useConfigMutation } from './ticket-settings-api';

type SaveInput = { create: CreateCustomFieldInput } | { id: string; update: UpdateCustomFieldInput };

interface CustomFieldModalProps {
  /** Edit this field; omit to create one. */
  field?: CustomField;
  onClose: () => void;
}

/**
 * Create or edit a custom field: name, kind (fixed once created, since tickets hold typed values),
 * options for dropdown/multi-select, and "required on solve". Local checks run first; the server's
 * validation issues are shown on the matching inputs (option rows included).
 * Mount it only while open (the parent decides), so each opening starts from the field's values.
 */
export function CustomFieldModal({ field, onClose }: CustomFieldModalProps) {
  const { t } = useTranslation();
  const save = useConfigMutation((input: SaveInput) =>
    'create' in input
      ? ticketSettingsApi.createCustomField(input.create)
      : ticketSettingsApi.updateCustomField(input.id, input.update),
  );
  const [name, setName] = useState(field?.name ?? '');
  const [kind, setKind] = useState<CustomFieldKind>(field?.kind ?? 'text');
  const [options, setOptions] = useState<OptionDraft[]>(() => draftsFrom(field?.options ?? []));
  const [requiredOnSolve, setRequiredOnSolve] = useState(field?.requiredOnSolve ?? false);
  const [localErrors, setLocalErrors] = useState<FieldErrors<CustomFieldFormField>>({});
  const server = formErrorsFrom(t, save.error, customFieldIssueFields(options.length));
  const errors: FieldErrors<CustomFieldFormField> = { ...server.fields, ...localErrors };
  const choice = isChoiceKind(kind);

  const problemText = (problem: OptionProblem) =>
    problem === 'required'
      ? t('errors.required')
      : problem === 'duplicate'
        ? t('admin.fields.duplicateValue')
        : t('admin.fields.optionsRequired');

  const changeKind = (value: string | null) => {
    const parsed = CustomFieldKind.safeParse(value);
    if (!parsed.success || field !== undefined) return;
    setKind(parsed.data);
    if (isChoiceKind(parsed.data) && options.length === 0) {
      setOptions([{ uid: newOptionUid(), label: '', value: '', locked: false }]);
    }
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found: FieldErrors<CustomFieldFormField> = {};
    const trimmed = name.trim();
    if (trimmed === '') found.name = t('errors.required');
    const built = buildOptions(options);
    if (choice) {
      for (const { field: path, problem } of built.problems) found[path] = problemText(problem);
    }
    setLocalErrors(found);
    if (Object.keys(found).length > 0) return;

    const sentOptions = choice ? built.options : [];
    const input: SaveInput =
      field === undefined
        ? { create: { name: trimmed, kind, options: sentOptions, requiredOnSolve } }
        : {
            id: field.id,
            update: { name: trimmed, requiredOnSolve, ...(choice ? { options: sentOptions } : {}) },
          };
    save.mutate(input, {
      onSuccess: () => {
        notifySuccess(field === undefined ? t('admin.fields.created', { name: trimmed }) : t('common.saved'));
        onClose();
      },
    });
  };

  return (
    <FormModal
      onClose={onClose}
      size="lg"
      title={field === undefined ? t('admin.fields.newTitle') : t('admin.fields.edit', { name: field.name })}
      onSubmit={submit}
      error={server.general}
      pending={save.isPending}
    >
      <TextInput
        label={t('admin.fields.name')}
        required
        maxLength={100}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setLocalErrors((current) => ({ ...current, name: undefined }));
        }}
        error={errors.name}
        data-autofocus
      />
      <Select
        label={t('admin.fields.kind')}
        data={CustomFieldKind.options.map((k) => ({ value: k, label: t(`admin.fields.kinds.${k}`) }))}
        value={kind}
        onChange={changeKind}
        allowDeselect={false}
        disabled={field !== undefined}
        description={field !== undefined ? t('admin.fields.kindLocked') : undefined}
        error={errors.kind}
      />
      {choice && (
        <OptionsEditor
          options={options}
          onChange={(next) => {
            setOptions(next);
            setLocalErrors({});
          }}
          errors={errors}
        />
      )}
      <Switch
        label={t('admin.fields.requiredOnSolve')}
        description={t('admin.fields.requiredOnSolveHint')}
        checked={requiredOnSolve}
        onChange={(event) => {
          setRequiredOnSolve(event.currentTarget.checked);
        }}
        error={errors.requiredOnSolve}
      />
    </FormModal>
  );
}
