import type { SavedView, TicketColumn } from '@atiende/contracts';
import { ActionIcon, Badge, Button, Group, Menu, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session-context';
import { useAbilities } from '../../lib/use-abilities';
import { notifySuccess } from '../../ui/notify';
import type { InboxFilters } from '../inbox/inbox-filters';
import { DeleteViewModal } from './DeleteViewModal';
import { SaveViewModal } from './SaveViewModal';
import { useCreateView, useUpdateView } from './use-saved-views';
import { differsFromView, filtersToViewQuery, viewToSearch } from './view-query';

interface InboxViewBarProps {
  /** The saved view the inbox shows, if any. */
  view: SavedView | undefined;
  filters: InboxFilters;
  columns: readonly TicketColumn[];
}

type Dialog = 'create' | 'rename' | 'delete' | null;

/**
 * The saved-view controls above the inbox: the open view's name and scope, "Save" (when its
 * filters or columns were changed and the agent may edit it), "Save as new view", and a menu to
 * rename or delete it.
 */
export function InboxViewBar({ view, filters, columns }: InboxViewBarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agent } = useSession();
  const { can } = useAbilities();
  const [dialog, setDialog] = useState<Dialog>(null);
  const createView = useCreateView();
  const updateView = useUpdateView();
  const close = () => {
    setDialog(null);
    createView.reset();
    updateView.reset();
  };

  const query = filtersToViewQuery(filters, agent.id);
  const modified = view !== undefined && differsFromView(view, filters, columns, agent.id);

  const open = (saved: SavedView) =>
    void navigate(`${paths.inbox}?${viewToSearch(saved, agent.id).toString()}`);

  return (
    <Group justify="space-between" mb="sm" gap="xs" wrap="wrap">
      <Group gap="xs">
        {view && (
          <>
            <Title order={2} size="h4">
              {view.name}
            </Title>
            <Badge variant="light" color={view.shared ? 'teal' : 'gray'}>
              {view.shared ? t('views.shared') : t('views.personal')}
            </Badge>
            {modified && (
              <Text size="sm" c="dimmed">
                {t('views.modified')}
              </Text>
            )}
          </>
        )}
      </Group>
      <Group gap="xs">
        {view?.editable && modified && (
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            loading={updateView.isPending && dialog === null}
            onClick={() => {
              updateView.mutate(
                { viewId: view.id, input: { query, columns: [...columns] } },
                { onSuccess: () => notifySuccess(t('views.savedToast', { name: view.name })) },
              );
            }}
          >
            {t('views.save')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setDialog('create');
          }}
        >
          {t('views.saveAsNew')}
        </Button>
        {view?.editable && (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('views.menu', { name: view.name })}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDialog('rename')}>
                {t('views.rename')}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setDialog('delete')}
              >
                {t('views.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {dialog === 'create' && (
        <SaveViewModal
          title={t('views.saveAsNew')}
          initialShared={can('views.share') ? false : null}
          pending={createView.isPending}
          error={createView.error}
          onClose={close}
          onSubmit={({ name, shared }) => {
            createView.mutate(
              { name, shared, query, columns: [...columns] },
              {
                onSuccess: (saved) => {
                  close();
                  notifySuccess(t('views.createdToast', { name: saved.name }));
                  open(saved);
                },
              },
            );
          }}
        />
      )}
      {dialog === 'rename' && view && (
        <SaveViewModal
          title={t('views.rename')}
          initialName={view.name}
          initialShared={null}
          pending={updateView.isPending}
          error={updateView.error}
          onClose={close}
          onSubmit={({ name }) => {
            updateView.mutate({ viewId: view.id, input: { name } }, { onSuccess: close });
          }}
        />
      )}
      {dialog === 'delete' && view && <DeleteViewModal view={view} onClose={close} />}
    </Group>
  );
}
