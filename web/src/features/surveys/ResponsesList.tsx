import { formatTicketNumber, type SurveyResponse } from '@atiende/contracts';
import { Anchor, Group, Paper, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { RelativeTime } from '../../ui/RelativeTime';
import { ScoreChip } from './ScoreChip';
import { SURVEY_KINDS, scaleMax, UNHAPPY_MAX_SCORE } from './survey-scores';
import { useSurveyResponses, type SurveyResponseParams } from './surveys-api';
import type { SurveyFilters } from './use-survey-filters';

/** One answer: labelled score, comment, who answered, who handled it, the ticket and when. */
function ResponseItem({ response }: { response: SurveyResponse }) {
  const { t } = useTranslation();
  const hasComment = response.comment !== null && response.comment.trim() !== '';
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="survey-response">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t(`surveys.kinds.${response.kind}`)}
          </Text>
          <ScoreChip kind={response.kind} score={response.score} />
        </Group>
        <Text size="xs" c="dimmed">
          <RelativeTime iso={response.respondedAt} />
        </Text>
      </Group>
      <Text
        size="sm"
        mt={6}
        c={hasComment ? undefined : 'dimmed'}
        fs={hasComment ? undefined : 'italic'}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {hasComment ? response.comment : t('surveys.responses.noComment')}
      </Text>
      <Group gap="md" mt={6} wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('surveys.responses.contact')}: {response.contact.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('surveys.responses.agent')}: {response.agent?.name ?? t('surveys.responses.unassigned')}
        </Text>
        <Anchor component={Link} to={paths.ticket(response.ticket.id)} size="xs">
          {t('surveys.responses.ticket')} {formatTicketNumber(response.ticket.number)} ·{' '}
          {response.ticket.subject}
        </Anchor>
      </Group>
    </Paper>
  );
}

interface ResponsesListProps {
  filters: SurveyFilters;
  params: SurveyResponseParams;
  onChange: (patch: Partial<SurveyFilters>) => void;
  /** True when the period/agent/team filters are narrower than "last 30 days, everyone". */
  narrowed: boolean;
}

/**
 * The survey answers of the report's filters, newest first, with a kind filter and an "only
 * negative" switch (CSAT ≤ 2, CES ≤ 3, NPS ≤ 6; it needs a kind, since the cut differs) and
 * "load more" paging. Explains how surveys work when there is nothing to show yet.
 */
export function ResponsesList({ filters, params, onChange, narrowed }: ResponsesListProps) {
  const { t } = useTranslation();
  const responses = useSurveyResponses(params);
  const items = responses.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = narrowed || filters.kind !== null || filters.unhappy;
  const kinds = [
    { value: 'all', label: t('surveys.filters.allKinds') },
    ...SURVEY_KINDS.map((kind) => ({ value: kind, label: t(`surveys.kinds.${kind}`) })),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="survey-responses-title">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} size="h4" id="survey-responses-title">
          {t('surveys.responses.title')}
        </Title>
        <Group gap="md" align="center" wrap="wrap">
          <SegmentedControl
            aria-label={t('surveys.filters.kind')}
            size="xs"
            value={filters.kind ?? 'all'}
            data={kinds}
            onChange={(value) => {
              const kind = SURVEY_KINDS.find((k) => k === value) ?? null;
              onChange({ kind, unhappy: kind === null ? false : filters.unhappy });
            }}
          />
          <Switch
            label={t('surveys.filters.onlyUnhappy')}
            description={
              filters.kind === null
                ? t('surveys.filters.onlyUnhappyHint')
                : t('surveys.filters.unhappyHint', {
                    kind: t(`surveys.kinds.${filters.kind}`),
                    max: `${String(UNHAPPY_MAX_SCORE[filters.kind])}/${String(scaleMax(filters.kind))}`,
                  })
            }
            checked={filters.unhappy && filters.kind !== null}
            disabled={filters.kind === null}
            onChange={(event) => {
              onChange({ unhappy: event.currentTarget.checked });
            }}
          />
        </Group>
      </Group>
      {responses.isPending && <CenteredLoader label={t('common.loading')} />}
      {responses.isError && <ErrorAlert error={responses.error} onRetry={() => void responses.refetch()} />}
      {responses.isSuccess && items.length === 0 && (
        <EmptyState
          title={filtered ? t('surveys.responses.emptyFilteredTitle') : t('surveys.responses.emptyTitle')}
          description={filtered ? t('surveys.responses.emptyFilteredBody') : t('surveys.responses.emptyBody')}
        />
      )}
      {items.length > 0 && (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('surveys.responses.listLabel')}
        >
          {items.map((response) => (
            <ResponseItem key={response.id} response={response} />
          ))}
        </Stack>
      )}
      <LoadMore
        hasNextPage={responses.hasNextPage}
        isFetchingNextPage={responses.isFetchingNextPage}
        fetchNextPage={() => void responses.fetchNextPage()}
      />
    </Stack>
  );
}
