import { ActionIcon, Badge, Button, Code, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom } from '../../lib/errors';
import { notifySuccess } from '../../ui/notify';
import { EntryActions } from './EntryActions';
import { useUpdateEntry, type ConfigResource } from './ticket-settings-api';

const ISSUE_FIELDS = { name: 'name' } as const;

/** An entry of a simple config list; types also show their immutable `key`. */
export interface ListEntry {
  id: string;
  name: string;
  position: number;
  archived: boolean;
  key?: string;
}

interface EntryRowProps {
  resource: ConfigResource;
  entry: ListEntry;
  showKey: boolean;
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
  reordering: boolean;
}

/**
 * One table row of a simple config list: name (editable in place: Enter saves, Escape cancels),
 * key for types, archived badge, and the shared row actions.
 */
export function EntryRow({ resource, entry, showKey, onMoveUp, onMoveDown, reordering }: EntryRowProps) {
  const { t } = useTranslation();
  const update = useUpdateEntry(resource);
  const [draft, setDraft] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const server = formErrorsFrom(t, update.error, ISSUE_FIELDS);

  const cancel = () => {
    setDraft(null);
    setLocalError(null);
    update.reset();
    // Back to the button that opened the editor, so keyboard users keep their place.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const name = (draft ?? '').trim();
    if (name === '') {
      setLocalError(t('errors.required'));
      return;
    }
    if (name === entry.name) {
      cancel();
      return;
    }
    update.mutate(
      { id: entry.id, patch: { name } },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          cancel();
        },
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        {draft === null ? (
          <Group gap="xs">
            <Text size="sm" fw={500} c={entry.archived ? 'dimmed' : undefined}>
              {entry.name}
            </Text>
            {entry.archived && (
              <Badge size="sm" color="gray" variant="light">
                {t('admin.list.archived')}
              </Badge>
            )}
          </Group>
        ) : (
          <form onSubmit={save} noValidate>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('admin.list.renameLabel', { name: entry.name })}
                value={draft}
                maxLength={100}
                size="xs"
                autoFocus
                onKeyDown={onKeyDown}
                onChange={(event) => {
                  setDraft(event.currentTarget.value);
                  setLocalError(null);
                }}
                error={localError ?? server.fields.name ?? server.general}
                style={{ flex: 1 }}
              />
              <Button type="submit" size="xs" loading={update.isPending}>
                {t('common.save')}
              </Button>
              <Button size="xs" variant="default" onClick={cancel}>
                {t('common.cancel')}
              </Button>
            </Group>
          </form>
        )}
      </Table.Td>
      {showKey && (
        <Table.Td>
          <Code>{entry.key}</Code>
        </Table.Td>
      )}
      <Table.Td>
        <EntryActions
          resource={resource}
          entry={entry}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          reordering={reordering}
        >
          <ActionIcon
            ref={renameButton}
            variant="subtle"
            color="gray"
            aria-label={t('admin.list.rename', { name: entry.name })}
            title={t('admin.list.rename', { name: entry.name })}
            disabled={draft !== null}
            onClick={() => {
              setDraft(entry.name);
            }}
          >
            <IconPencil size={16} />
          </ActionIcon>
        </EntryActions>
      </Table.Td>
    </Table.Tr>
  );
}
