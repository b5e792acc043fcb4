import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';

interface FormModalProps {
  /** Defaults to open, for modals mounted only while shown. */
  opened?: boolean;
  title: ReactNode;
  size?: ModalProps['size'];
  /** Closing the modal and the Cancel button both call this. */
  onClose: () => void;
  onSubmit: (event: SubmitEvent) => void;
  /** The general error above the fields (field errors belong on the fields themselves). */
  error: string | null;
  /** True while the save runs: the Save button shows it is loading. */
  pending: boolean;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * A modal holding one form: its general error first, then the fields, then Cancel and Save at the
 * bottom right. Shared so every create/edit dialog reads, validates (`noValidate`: the app shows its
 * own messages) and closes the same way.
 */
export function FormModal({
  opened = true,
  title,
  size,
  onClose,
  onSubmit,
  error,
  pending,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size={size} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={error} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
