import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

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
    <ConfirmDialog
      opened={name !== null}
      title={t('admin.confirmArchive.title', { name: name ?? '' })}
      body={t('admin.confirmArchive.body')}
      confirmLabel={t('admin.confirmArchive.confirm')}
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
