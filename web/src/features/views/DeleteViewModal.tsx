import type { SavedView } from '@atiende/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeError } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { FormAlert } from '../../ui/FormAlert';
import { useDeleteView } from './use-saved-views';

/** Confirms deleting a saved view, then returns to the plain inbox. */
export function DeleteViewModal({ view, onClose }: { view: SavedView; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleteView = useDeleteView();
  return (
    <Modal opened onClose={onClose} title={t('views.deleteTitle')}>
      <Stack>
        <FormAlert message={deleteView.error ? describeError(t, deleteView.error) : null} />
        <Text size="sm">
          {view.shared
            ? t('views.deleteSharedBody', { name: view.name })
            : t('views.deleteBody', { name: view.name })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={deleteView.isPending}
            onClick={() => {
              deleteView.mutate(view.id, {
                onSuccess: () => {
                  onClose();
                  void navigate(paths.inbox);
                },
              });
            }}
          >
            {t('views.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
