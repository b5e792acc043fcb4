import type { ResolutionReason } from '@atiende/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfigListEditor } from './ConfigListEditor';

/** "Motivos de no finalizado": the reasons an agent picks when solving a ticket as not finalized. */
export function ResolutionReasonsTab({ reasons }: { reasons: readonly ResolutionReason[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('admin.reasons.intro')}
      </Text>
      <ConfigListEditor
        resource="resolution-reasons"
        entries={reasons}
        listLabel={t('admin.reasons.listLabel')}
        newLabel={t('admin.reasons.newLabel')}
        emptyText={t('admin.reasons.empty')}
      />
    </Stack>
  );
}
