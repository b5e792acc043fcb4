import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { MixCharts } from './MixCharts';
import { QualityCards } from './QualityCards';
import { StatCards } from './StatCards';
import { useDashboard } from './use-dashboard';
import { VolumeChart } from './VolumeChart';

const WINDOWS = ['7', '30', '90'] as const;

/**
 * The support dashboard: headline numbers, SLA compliance and satisfaction scores, daily volume,
 * channel/priority mix and backlog.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState<(typeof WINDOWS)[number]>('30');
  const dashboard = useDashboard(Number(days));
  return (
    <Stack>
      <PageHeader
        title={t('dashboard.title')}
        actions={
          <SegmentedControl
            aria-label={t('dashboard.window')}
            value={days}
            onChange={(value) => {
              const picked = WINDOWS.find((w) => w === value);
              if (picked) setDays(picked);
            }}
            data={WINDOWS.map((w) => ({ value: w, label: t('dashboard.lastDays', { count: Number(w) }) }))}
          />
        }
      />
      {dashboard.isPending && <CenteredLoader label={t('app.loading')} />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && (
        <>
          <StatCards dashboard={dashboard.data} />
          <QualityCards dashboard={dashboard.data} />
          <VolumeChart dashboard={dashboard.data} />
          <MixCharts dashboard={dashboard.data} />
        </>
      )}
    </Stack>
  );
}
