import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddEntryForm } from './AddEntryForm';
import { sortByPosition } from './config-order';
import { EntryRow, type ListEntry } from './EntryRow';
import type { ConfigResource, EntryCreate } from './ticket-settings-api';
import { useMoveEntry } from './use-move-entry';

interface ConfigListEditorProps {
  resource: ConfigResource;
  entries: readonly ListEntry[];
  /** Accessible name of the table, e.g. "Tipos de ticket". */
  listLabel: string;
  /** Label of the "add" input. */
  newLabel: string;
  /** Shown instead of the table when there is nothing yet. */
  emptyText: string;
  /** Show the immutable key column (ticket types). */
  showKey?: boolean;
  /** Extra create fields, e.g. the status `category`. */
  createExtra?: Omit<EntryCreate, 'name'>;
  /** Message for a 409 on create (ticket types: the derived key exists already). */
  duplicateText?: string;
}

/**
 * The editor shared by ticket types, custom statuses (one per category) and resolution reasons:
 * entries in position order with rename, move up/down, archive/restore, and an "add" form below.
 */
export function ConfigListEditor({
  resource,
  entries,
  listLabel,
  newLabel,
  emptyText,
  showKey = false,
  createExtra,
  duplicateText,
}: ConfigListEditorProps) {
  const { t } = useTranslation();
  const sorted = sortByPosition(entries);
  const { handlersFor, reordering } = useMoveEntry(resource, sorted);

  return (
    <>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="xs" aria-label={listLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.list.name')}</Table.Th>
                {showKey && <Table.Th>{t('admin.list.key')}</Table.Th>}
                <Table.Th ta="right">{t('admin.list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((entry, index) => (
                <EntryRow
                  key={entry.id}
                  resource={resource}
                  entry={entry}
                  showKey={showKey}
                  reordering={reordering}
                  {...handlersFor(index)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <AddEntryForm
        resource={resource}
        label={newLabel}
        {...(createExtra === undefined ? {} : { extra: createExtra })}
        {...(duplicateText === undefined ? {} : { duplicateText })}
      />
    </>
  );
}
