import type { TicketTypeDef } from '@atiende/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfigListEditor } from './ConfigListEditor';

/** "Tipos de ticket": the workspace's types with their immutable keys; add, rename, reorder, archive. */
export function TicketTypesTab({ types }: { types: readonly TicketTypeDef[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('admin.types.intro')}
      </Text>
      <ConfigListEditor
        resource="types"
        entries={types}
        showKey
        listLabel={t('admin.types.listLabel')}
        newLabel={t('admin.types.newLabel')}
        emptyText={t('admin.types.empty')}
        duplicateText={t('admin.types.duplicate')}
      />
    </Stack>
  );
}
