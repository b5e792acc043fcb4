import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifySuccess } from '../../ui/notify';

interface ConfirmDeleteModalProps {
  /** Which list the item belongs to; picks the dialog's texts. */
  section: 'calendars' | 'policies';
  item: { id: string; name: string };
  /**
   * The list's delete mutation. It lives in the list, not here, so a deletion that completes after
   * the dialog was cancelled still reports its success.
   */
  remove: { isPending: boolean; mutate: (id: string, options: { onSuccess: () => void }) => void };
  /** Why the server refused (e.g. the 409 "a policy uses this calendar"), shown in the dialog. */
  error: string | null;
  onClose: () => void;
}

/**
 * Asks before deleting a policy or calendar, deletes it on confirmation, says so and closes.
 * Mount only while asking.
 */
export function ConfirmDeleteModal({ section, item, remove, error, onClose }: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t(`sla.${section}.deleteTitle`, { name: item.name })}
      body={t(`sla.${section}.deleteBody`)}
      confirmLabel={t('sla.delete')}
      pending={remove.isPending}
      error={error}
      onCancel={onClose}
      onConfirm={() => {
        remove.mutate(item.id, {
          onSuccess: () => {
            notifySuccess(t(`sla.${section}.deleted`, { name: item.name }));
            onClose();
          },
        });
      }}
    />
  );
}
