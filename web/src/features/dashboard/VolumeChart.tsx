import type { Dashboard } from '@atiende/contracts';
import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjsLocale } from '../../lib/i18n/dates';

/** Tickets created and solved per day of the window. */
export function VolumeChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const locale = dayjsLocale(i18n.resolvedLanguage ?? i18n.language);
  const data = dashboard.days.map((d) => ({
    day: dayjs(d.day).locale(locale).format('D MMM'),
    created: d.created,
    solved: d.solved,
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('dashboard.volumeTitle')}
      </Title>
      <BarChart
        h={260}
        data={data}
        dataKey="day"
        withLegend
        series={[
          { name: 'created', label: t('dashboard.created'), color: 'teal.6' },
          { name: 'solved', label: t('dashboard.solved'), color: 'blue.6' },
        ]}
      />
    </Paper>
  );
}
