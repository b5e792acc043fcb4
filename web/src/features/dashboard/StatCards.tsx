import type { Dashboard } from '@atiende/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/i18n/format-duration';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid="dashboard-stat">
        {value}
      </Text>
    </Paper>
  );
}

/** The headline numbers of the window: volume, first response and resolution times, backlog. */
export function StatCards({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  const duration = (s: number | null) => (s === null ? '—' : formatDuration(t, s));
  const { totals } = dashboard;
  const within1h =
    totals.firstResponseWithin1h === null
      ? '—'
      : new Intl.NumberFormat(language, { style: 'percent' }).format(totals.firstResponseWithin1h);
  const backlog = dashboard.backlog.reduce((n, b) => n + b.count, 0);
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
      <Stat label={t('dashboard.created')} value={number(totals.created)} />
      <Stat label={t('dashboard.solved')} value={number(totals.solved)} />
      <Stat label={t('dashboard.avgFirstResponse')} value={duration(totals.avgFirstResponseSeconds)} />
      <Stat label={t('dashboard.firstResponseWithin1h')} value={within1h} />
      <Stat label={t('dashboard.avgResolution')} value={duration(totals.avgResolutionSeconds)} />
      <Stat label={t('dashboard.backlog')} value={number(backlog)} />
    </SimpleGrid>
  );
}
