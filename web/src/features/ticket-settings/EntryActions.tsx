import { ActionIcon, Group } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { ConfirmArchiveDialog } from './ConfirmArchiveDialog';
import { useUpdateEntry, type ConfigResource } from './ticket-settings-api';

interface EntryActionsProps {
  resource: ConfigResource;
  entry: { id: string; name: string; archived: boolean };
  /** Moves the entry one place; absent direction buttons are disabled at the list's ends. */
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
  /** True while a reorder runs, so clicks cannot interleave PATCHes. */
  reordering: boolean;
  /** Extra buttons shown first (rename, edit). */
  children?: ReactNode;
}

/**
 * The row buttons shared by every config list: extra actions, move up, move down, and archive
 * (after a confirmation) or restore. Every icon button has an accessible name including the entry.
 */
export function EntryActions({
  resource,
  entry,
  onMoveUp,
  onMoveDown,
  reordering,
  children,
}: EntryActionsProps) {
  const { t } = useTranslation();
  const update = useUpdateEntry(resource);
  const [confirming, setConfirming] = useState(false);
  const name = entry.name;

  const setArchived = (archived: boolean) => {
    update.mutate(
      { id: entry.id, patch: { archived } },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t(archived ? 'admin.list.archivedDone' : 'admin.list.unarchivedDone', { name }));
        },
        onError: (error) => {
          setConfirming(false);
          notifyError(t('admin.list.archiveFailed'), describeError(t, error));
        },
      },
    );
  };

  const label = (key: 'moveUp' | 'moveDown' | 'archive' | 'unarchive') => t(`admin.list.${key}`, { name });

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {children}
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label('moveUp')}
        title={label('moveUp')}
        disabled={onMoveUp === null || reordering}
        onClick={onMoveUp ?? undefined}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label('moveDown')}
        title={label('moveDown')}
        disabled={onMoveDown === null || reordering}
        onClick={onMoveDown ?? undefined}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
      {entry.archived ? (
        <ActionIcon
          variant="subtle"
          aria-label={label('unarchive')}
          title={label('unarchive')}
          loading={update.isPending}
          onClick={() => {
            setArchived(false);
          }}
        >
          <IconArchiveOff size={16} />
        </ActionIcon>
      ) : (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={label('archive')}
          title={label('archive')}
          onClick={() => {
            setConfirming(true);
          }}
        >
          <IconArchive size={16} />
        </ActionIcon>
      )}
      <ConfirmArchiveDialog
        name={confirming ? name : null}
        pending={update.isPending}
        onConfirm={() => {
          setArchived(true);
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </Group>
  );
}
