import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/api-error';
import { formErrorsFrom } from '../../lib/errors';
import { FormAlert } from '../../ui/FormAlert';
import { notifySuccess } from '../../ui/notify';
import { useCreateEntry, type ConfigResource, type EntryCreate } from './ticket-settings-api';

/** A type's key is derived from the name, so a `key` issue belongs on the name input. */
const ISSUE_FIELDS = { name: 'name', key: 'name' } as const;

interface AddEntryFormProps {
  resource: ConfigResource;
  /** Visible label of the name input, e.g. "Nuevo tipo de ticket". */
  label: string;
  /** Extra create fields, e.g. the status `category`. */
  extra?: Omit<EntryCreate, 'name'>;
  /** Shown on the input when the server answers 409 (a type whose derived key already exists). */
  duplicateText?: string;
}

/**
 * One-line form that adds an entry (type, custom status, reason) by name; the server derives
 * anything else (a type's key, the position at the end of the list). Server validation errors
 * appear under the input.
 */
export function AddEntryForm({ resource, label, extra, duplicateText }: AddEntryFormProps) {
  const { t } = useTranslation();
  const create = useCreateEntry(resource);
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const duplicate = duplicateText !== undefined && isApiError(create.error, 'conflict');
  const server = duplicate
    ? { fields: { name: duplicateText }, general: null }
    : formErrorsFrom(t, create.error, ISSUE_FIELDS);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setLocalError(t('errors.required'));
      return;
    }
    create.mutate(
      { ...extra, name: trimmed },
      {
        onSuccess: () => {
          notifySuccess(t('admin.list.added', { name: trimmed }));
          setName('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert message={server.general} />
      <Group align="flex-start" gap="xs" mt="xs">
        <TextInput
          label={label}
          value={name}
          maxLength={100}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setLocalError(null);
            if (create.isError) create.reset();
          }}
          error={localError ?? server.fields.name}
          style={{ flex: 1, maxWidth: 420 }}
        />
        <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending} mt={25}>
          {t('admin.list.add')}
        </Button>
      </Group>
    </form>
  );
}
