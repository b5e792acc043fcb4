import { TextInput, type ModalProps } from '@mantine/core';
import type { ReactNode, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../ui/FormModal';

interface SlaFormModalProps {
  /** Which form this is; picks the title and name label texts. */
  form: 'calendarForm' | 'policyForm';
  /** The calendar or policy being edited; omit when creating one. */
  editing?: { name: string } | undefined;
  size: ModalProps['size'];
  name: string;
  onNameChange: (name: string) => void;
  nameError: string | undefined;
  onClose: () => void;
  onSubmit: (event: SubmitEvent) => void;
  /** The general error above the fields. */
  error: string | null;
  pending: boolean;
  /** The fields after the name. */
  children: ReactNode;
}

/**
 * The create/edit dialog of a calendar or policy: titled "New …" or "Edit <name>", the (required,
 * initially focused) name first, then the form's own fields, Cancel and Save.
 */
export function SlaFormModal({
  form,
  editing,
  size,
  name,
  onNameChange,
  nameError,
  onClose,
  onSubmit,
  error,
  pending,
  children,
}: SlaFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      onClose={onClose}
      size={size}
      title={
        editing === undefined ? t(`sla.${form}.newTitle`) : t(`sla.${form}.editTitle`, { name: editing.name })
      }
      onSubmit={onSubmit}
      error={error}
      pending={pending}
    >
      <TextInput
        label={t(`sla.${form}.name`)}
        required
        maxLength={100}
        value={name}
        onChange={(event) => {
          onNameChange(event.currentTarget.value);
        }}
        error={nameError}
        data-autofocus
      />
      {children}
    </FormModal>
  );
}
