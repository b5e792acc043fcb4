import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';

interface ConfirmDeleteModalProps {
  title: string;
  body: string;
  pending: boolean;
  /** Why the server refused (e.g. the 409 "a policy uses this calendar"), shown in the dialog. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a policy or calendar. Cancel has the initial focus so Enter never deletes by
 * accident; a refusal from the server stays visible in the dialog.
 */
export function ConfirmDeleteModal({
  title,
  body,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={title}>
      <Stack>
        <Text size="sm">{body}</Text>
        <FormAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {t('sla.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
