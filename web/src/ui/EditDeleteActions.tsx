import { ActionIcon, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EditDeleteActionsProps {
  /** Accessible names; they should include the row's name ("Edit Support hours"). */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  /** Extra buttons shown first (e.g. move up / down). */
  children?: ReactNode;
}

/**
 * The icon buttons at the end of a table row: any extra actions, then edit (pencil) and delete (red
 * bin). Shared so every settings table lines up its row actions the same way.
 */
export function EditDeleteActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  children,
}: EditDeleteActionsProps) {
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      {children}
      <ActionIcon variant="subtle" aria-label={editLabel} onClick={onEdit}>
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={deleteLabel} onClick={onDelete}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
