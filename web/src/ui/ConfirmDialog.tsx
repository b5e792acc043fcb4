import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';

interface ConfirmDialogProps {
  /** Defaults to open, for dialogs mounted only while shown. */
  opened?: boolean;
  title: string;
  body: string;
  /** The label of the red button that goes ahead (e.g. "Delete", "Archive"). */
  confirmLabel: string;
  /** True while the action runs: the confirm button shows it is loading. */
  pending: boolean;
  /** Why the server refused, kept visible in the dialog; omit when failures are reported elsewhere. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a destructive action. Cancel has the initial focus so Enter never confirms by
 * accident; a refusal from the server stays visible in the dialog.
 */
export function ConfirmDialog({
  opened = true,
  title,
  body,
  confirmLabel,
  pending,
  error = null,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack>
        <Text size="sm">{body}</Text>
        <FormAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
