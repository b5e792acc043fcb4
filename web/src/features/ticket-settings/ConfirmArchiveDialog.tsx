import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmArchiveDialogProps {
  /** The entry being archived; the dialog is closed while null. */
  name: string | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before archiving a type, status, reason or field, explaining that existing tickets keep it
 * and that it can be restored. Cancel has the initial focus so Enter never archives by accident.
 */
export function ConfirmArchiveDialog({ name, pending, onConfirm, onCancel }: ConfirmArchiveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={name !== null}
      onClose={onCancel}
      title={t('admin.confirmArchive.title', { name: name ?? '' })}
    >
      <Stack>
        <Text size="sm">{t('admin.confirmArchive.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {t('admin.confirmArchive.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
