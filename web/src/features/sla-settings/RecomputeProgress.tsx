import type { SlaRecomputeRun } from '@atiende/contracts';
import { Alert, Progress, Text, type AlertProps } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRecomputeRun } from './use-sla-settings';

/** `done` of `total` as a 0–100 percentage (100 when there was nothing to do). */
export function recomputePercent(run: Pick<SlaRecomputeRun, 'done' | 'total'>): number {
  if (run.total <= 0) return 100;
  return Math.min(100, Math.round((run.done / run.total) * 100));
}

/** How a finished or failed recompute ended, as a note the admin can close. */
function OutcomeNote({
  onClose,
  ...props
}: Pick<AlertProps, 'color' | 'icon' | 'role' | 'children'> & {
  onClose: () => void;
  'data-testid'?: string;
  'data-state'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      withCloseButton
      closeButtonLabel={t('sla.recompute.dismiss')}
      onClose={onClose}
      {...props}
    />
  );
}

/**
 * The recompute a policy or calendar save started: "Recalculando SLA: 1.234 de 20.000 tickets" with a
 * progress bar while it runs (polled), then a short "done" or "failed" note the admin can close.
 * Announced politely to screen readers.
 */
export function RecomputeProgress({ run, onClose }: { run: SlaRecomputeRun; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const latest = useRecomputeRun(run).data;
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language);
  const counts = { done: number.format(latest.done), total: number.format(latest.total) };

  if (latest.state === 'failed') {
    return (
      <OutcomeNote color="red" icon={<IconAlertTriangle />} role="alert" onClose={onClose}>
        {t('sla.recompute.failed', counts)}
      </OutcomeNote>
    );
  }
  if (latest.state === 'finished') {
    return (
      <OutcomeNote
        color="green"
        icon={<IconCircleCheck />}
        role="status"
        onClose={onClose}
        data-testid="sla-recompute"
        data-state="finished"
      >
        {t('sla.recompute.finished', { count: latest.total, total: counts.total })}
      </OutcomeNote>
    );
  }
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRefresh />}
      role="status"
      data-testid="sla-recompute"
      data-state={latest.state}
    >
      <Text size="sm" mb={6}>
        {latest.state === 'queued' ? t('sla.recompute.queued') : t('sla.recompute.running', counts)}
      </Text>
      <Progress value={recomputePercent(latest)} aria-label={t('sla.recompute.progressLabel')} animated />
    </Alert>
  );
}
