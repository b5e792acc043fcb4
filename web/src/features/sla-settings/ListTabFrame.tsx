import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';

interface ListTabFrameProps {
  /** Which list this is; picks the intro, "New" button, empty state and table label texts. */
  section: 'calendars' | 'policies';
  /** True shows the empty state instead of the table. */
  empty: boolean;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  onNew: () => void;
  /** The header cells; a visually hidden "Actions" cell is added at the end. */
  head: ReactNode;
  /** The table rows. */
  children: ReactNode;
  /** The form and confirmation dialogs, while one is open. */
  dialogs: ReactNode;
}

/**
 * The frame both SLA settings lists share: an intro with the "New" button, then the table (or an
 * empty state), then the open dialogs. The tabs keep only their columns and rows.
 */
export function ListTabFrame({
  section,
  empty,
  minWidth,
  onNew,
  head,
  children,
  dialogs,
}: ListTabFrameProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t(`sla.${section}.intro`)}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          {t(`sla.${section}.new`)}
        </Button>
      </Group>
      {empty ? (
        <EmptyState title={t(`sla.${section}.emptyTitle`)} description={t(`sla.${section}.emptyBody`)} />
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table aria-label={t(`sla.${section}.listLabel`)} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {head}
                <Table.Th>
                  <VisuallyHidden>{t('sla.policies.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialogs}
    </Stack>
  );
}
