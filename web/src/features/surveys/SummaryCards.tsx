import type { SurveySummary } from '@atiende/contracts';
import { Group, Progress, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScoreCard } from '../../ui/ScoreCard';
import { npsSegments, useScoreFormats } from './survey-format';

/** Promoters / passives / detractors as one stacked bar plus a legend with the counts. */
export function NpsBar({ nps }: { nps: SurveySummary['nps'] }) {
  const { t } = useTranslation();
  const format = useScoreFormats();
  const segments = npsSegments(nps);
  const parts = [
    {
      key: 'promoters',
      color: 'green',
      width: segments.promoters,
      label: t('surveys.summary.promoters', { value: format.count(nps.promoters) }),
    },
    {
      key: 'passives',
      color: 'yellow',
      width: segments.passives,
      label: t('surveys.summary.passives', { value: format.count(nps.passives) }),
    },
    {
      key: 'detractors',
      color: 'red',
      width: segments.detractors,
      label: t('surveys.summary.detractors', { value: format.count(nps.detractors) }),
    },
  ] as const;
  return (
    <>
      {nps.responses > 0 && (
        <Progress.Root size="md" mt="xs" aria-label={t('surveys.summary.npsBar')}>
          {parts.map((part) => (
            <Tooltip key={part.key} label={part.label}>
              <Progress.Section
                value={part.width}
                color={part.color}
                aria-label={part.label}
                data-testid={`nps-${part.key}`}
              />
            </Tooltip>
          ))}
        </Progress.Root>
      )}
      <Group gap="xs" mt={4}>
        {parts.map((part) => (
          <Text key={part.key} size="xs" c="dimmed">
            {part.label}
          </Text>
        ))}
      </Group>
    </>
  );
}

/**
 * The survey report's four headline cards over the window: CSAT (% satisfied and how many of how
 * many), NPS (score and the promoters / passives / detractors split), CES (mean of 7) and the
 * response rate (answered ÷ sent). Numbers use the UI locale; no answers read "—".
 */
export function SummaryCards({ summary }: { summary: SurveySummary }) {
  const { t } = useTranslation();
  const format = useScoreFormats();
  const responses = (count: number) =>
    count === 0
      ? t('surveys.summary.noResponses')
      : t('surveys.summary.responses', { value: format.count(count) });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} component="section" aria-label={t('surveys.summary.label')}>
      <ScoreCard
        title={t('surveys.summary.csatTitle')}
        value={format.share(summary.csat.score)}
        hint={t('surveys.summary.csatHint')}
        testId="summary-csat"
        detail={
          summary.csat.responses === 0
            ? t('surveys.summary.noResponses')
            : t('surveys.summary.csatCounts', {
                satisfied: format.count(summary.csat.satisfied),
                responses: format.count(summary.csat.responses),
              })
        }
      />
      <ScoreCard
        title={t('surveys.summary.npsTitle')}
        value={format.nps(summary.nps.score)}
        hint={t('surveys.summary.npsHint')}
        testId="summary-nps"
      >
        <NpsBar nps={summary.nps} />
      </ScoreCard>
      <ScoreCard
        title={t('surveys.summary.cesTitle')}
        value={format.mean(summary.ces.average)}
        hint={t('surveys.summary.cesHint')}
        testId="summary-ces"
        detail={responses(summary.ces.responses)}
      />
      <ScoreCard
        title={t('surveys.summary.rateTitle')}
        value={format.share(summary.responseRate)}
        hint={t('surveys.summary.rateHint')}
        testId="summary-rate"
        detail={t('surveys.summary.invitationsSent', { value: format.count(summary.invitationsSent) })}
      />
    </SimpleGrid>
  );
}
