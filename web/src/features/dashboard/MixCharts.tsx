import type { Dashboard } from '@atiende/contracts';
import { DonutChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const CHANNEL_COLORS = ['teal.6', 'blue.6', 'grape.6', 'orange.6', 'cyan.6', 'gray.6'];
const PRIORITY_COLORS: Record<string, string> = {
  critical: 'red.7',
  high: 'orange.6',
  normal: 'blue.5',
  low: 'gray.5',
};

/** Where tickets came from and how urgent they were, plus the current backlog by status × priority. */
export function MixCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const channels = dashboard.createdByChannel.map((c, i) => ({
    name: t(`channel.${c.channel}`),
    value: c.count,
    color: CHANNEL_COLORS[i % CHANNEL_COLORS.length] ?? 'gray.6',
  }));
  const priorities = dashboard.createdByPriority.map((p) => ({
    name: t(`priority.${p.priority}`),
    value: p.count,
    color: PRIORITY_COLORS[p.priority] ?? 'gray.5',
  }));
  const statuses = [...new Set(dashboard.backlog.map((b) => b.status))];
  const count = (status: string, priority: string) =>
    dashboard.backlog.find((b) => b.status === status && b.priority === priority)?.count ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="sm">
          {t('dashboard.byChannel')}
        </Title>
        <Group justify="center">
          <DonutChart data={channels} withLabelsLine withLabels size={160} thickness={24} />
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="sm">
          {t('dashboard.byPriority')}
        </Title>
        <Group justify="center">
          <DonutChart data={priorities} withLabelsLine withLabels size={160} thickness={24} />
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h5" mb="sm">
          {t('dashboard.backlogTitle')}
        </Title>
        {statuses.length === 0 ? (
          <Text c="dimmed">{t('dashboard.noBacklog')}</Text>
        ) : (
          <Stack gap={0}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.status')}</Table.Th>
                  {(['critical', 'high', 'normal', 'low'] as const).map((p) => (
                    <Table.Th key={p}>{t(`priority.${p}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statuses.map((s) => (
                  <Table.Tr key={s}>
                    <Table.Td>{t(`status.${s}`)}</Table.Td>
                    {(['critical', 'high', 'normal', 'low'] as const).map((p) => (
                      <Table.Td key={p}>{count(s, p)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </Paper>
    </SimpleGrid>
  );
}
