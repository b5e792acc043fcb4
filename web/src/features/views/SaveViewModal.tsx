import { Checkbox, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom } from '../../lib/errors';
import { FormModal } from '../../ui/FormModal';

interface SaveViewModalProps {
  title: string;
  initialName?: string;
  /** Null hides the "shared" choice (renaming, or the agent may not share views). */
  initialShared: boolean | null;
  pending: boolean;
  error: unknown;
  onSubmit: (values: { name: string; shared: boolean }) => void;
  onClose: () => void;
}

/**
 * Name (and, for agents allowed to share, personal/shared) of a view being created or renamed.
 * Validation issues from the server show on the name field.
 */
export function SaveViewModal({
  title,
  initialName = '',
  initialShared,
  pending,
  error,
  onSubmit,
  onClose,
}: SaveViewModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(initialShared ?? false);
  const [missing, setMissing] = useState(false);
  const server = formErrorsFrom(t, error, { name: 'name' } as const);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    onSubmit({ name: name.trim(), shared });
  };

  return (
    <FormModal onClose={onClose} title={title} onSubmit={submit} error={server.general} pending={pending}>
      <TextInput
        label={t('views.name')}
        required
        value={name}
        maxLength={100}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? t('errors.required') : server.fields.name}
        data-autofocus
      />
      {initialShared !== null && (
        <Checkbox
          label={t('views.sharedLabel')}
          description={t('views.sharedHint')}
          checked={shared}
          onChange={(event) => {
            setShared(event.currentTarget.checked);
          }}
        />
      )}
    </FormModal>
  );
}
