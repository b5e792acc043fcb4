import type { Dashboard } from '@atiende/contracts';
import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { useScoreFormats } from '../surveys/survey-format';
import { ScoreCard } from '../../ui/ScoreCard';

/** The inbox filtered to unresolved tickets whose SLA is past due. */
export const BREACHED_INBOX_URL = `${paths.inbox}?sla=breached`;

/**
 * Service quality over the window: SLA compliance (% of targets met, met / breached counts and a
 * link to the tickets past due right now) and the CSAT, NPS and CES answered in the window, each
 * with its number of answers. Numbers use the UI locale; nothing measured reads "—".
 */
export function QualityCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useScoreFormats();
  const { sla, satisfaction } = dashboard;
  const answers = (count: number) =>
    count === 0
      ? t('dashboard.satisfaction.noResponses')
      : t('dashboard.satisfaction.responses', { value: format.count(count) });
  const surveysLink = (
    <Anchor component={Link} to={paths.surveys} size="xs">
      {t('dashboard.satisfaction.seeSurveys')}
    </Anchor>
  );
  const satisfactionCards = [
    { key: 'csat', value: format.share(satisfaction.csat.score), responses: satisfaction.csat.responses },
    { key: 'nps', value: format.nps(satisfaction.nps.score), responses: satisfaction.nps.responses },
    { key: 'ces', value: format.mean(satisfaction.ces.average), responses: satisfaction.ces.responses },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <ScoreCard
        title={t('dashboard.sla.title')}
        value={format.share(sla.compliance)}
        hint={
          sla.met + sla.breached === 0
            ? t('dashboard.sla.noClocks')
            : t('dashboard.sla.counts', { met: format.count(sla.met), breached: format.count(sla.breached) })
        }
        testId="dashboard-sla"
      >
        {sla.openBreached > 0 ? (
          <Anchor
            component={Link}
            to={BREACHED_INBOX_URL}
            size="sm"
            c="red"
            fw={600}
            mt="xs"
            display="inline-block"
            title={t('dashboard.sla.openBreachedLink')}
            data-testid="dashboard-sla-open-breached"
          >
            {t('dashboard.sla.openBreached', { value: format.count(sla.openBreached) })}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed" mt="xs">
            {t('dashboard.sla.noneBreached')}
          </Text>
        )}
      </ScoreCard>
      {satisfactionCards.map((card) => (
        <ScoreCard
          key={card.key}
          title={t(`dashboard.satisfaction.${card.key}`)}
          value={card.value}
          hint={t(`dashboard.satisfaction.${card.key}Hint`)}
          detail={answers(card.responses)}
          testId={`dashboard-${card.key}`}
        >
          {card.key === 'csat' && surveysLink}
        </ScoreCard>
      ))}
    </SimpleGrid>
  );
}
