import { StatusCategory, type CustomStatus } from '@atiende/contracts';
import { Alert, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfigListEditor } from './ConfigListEditor';

/**
 * "Estados": one section per status category (new … closed) listing its custom statuses, with an
 * explanation that reports and rules work on the category, not on the custom status.
 */
export function StatusesTab({ statuses }: { statuses: readonly CustomStatus[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Alert variant="light" icon={<IconInfoCircle />}>
        {t('admin.statuses.intro')}
      </Alert>
      {StatusCategory.options.map((category) => {
        const name = t(`status.${category}`);
        const headingId = `status-category-${category}`;
        return (
          <section key={category} aria-labelledby={headingId}>
            <Title order={3} size="h4" id={headingId} mb="xs">
              {name}
            </Title>
            <ConfigListEditor
              resource="statuses"
              entries={statuses.filter((status) => status.category === category)}
              createExtra={{ category }}
              listLabel={t('admin.statuses.listLabel', { category: name })}
              newLabel={t('admin.statuses.newLabel', { category: name })}
              emptyText={t('admin.statuses.empty', { category: name })}
            />
          </section>
        );
      })}
    </Stack>
  );
}
