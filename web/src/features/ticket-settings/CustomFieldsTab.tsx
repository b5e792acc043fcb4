import type { CustomField } from '@atiende/contracts';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByPosition } from './config-order';
import { CustomFieldModal } from './CustomFieldModal';
import { EntryActions } from './EntryActions';
import { useMoveEntry } from './use-move-entry';

/** Which modal is open: a new field, an existing one, or none. */
type Editing = { field?: CustomField } | null;

/**
 * "Campos personalizados": every workspace field with its kind and required-on-solve flag; create
 * and edit in a modal; reorder and archive in the row.
 */
export function CustomFieldsTab({ fields }: { fields: readonly CustomField[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const sorted = sortByPosition(fields);
  const { handlersFor, reordering } = useMoveEntry('custom-fields', sorted);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('admin.fields.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setEditing({});
          }}
        >
          {t('admin.fields.new')}
        </Button>
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.fields.empty')}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label={t('admin.fields.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.list.name')}</Table.Th>
                  <Table.Th>{t('admin.fields.kind')}</Table.Th>
                  <Table.Th>{t('admin.fields.requiredOnSolve')}</Table.Th>
                  <Table.Th ta="right">{t('admin.list.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((field, index) => (
                  <Table.Tr key={field.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm" fw={500} c={field.archived ? 'dimmed' : undefined}>
                          {field.name}
                        </Text>
                        {field.archived && (
                          <Badge size="sm" color="gray" variant="light">
                            {t('admin.list.archived')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`admin.fields.kinds.${field.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {field.requiredOnSolve ? (
                        <Badge size="sm" color="orange" variant="light">
                          {t('admin.fields.requiredOnSolve')}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('admin.fields.optional')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <EntryActions
                        resource="custom-fields"
                        entry={field}
                        reordering={reordering}
                        {...handlersFor(index)}
                      >
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('admin.fields.edit', { name: field.name })}
                          title={t('admin.fields.edit', { name: field.name })}
                          onClick={() => {
                            setEditing({ field });
                          }}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </EntryActions>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing !== null && (
        <CustomFieldModal
          {...(editing.field === undefined ? {} : { field: editing.field })}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
