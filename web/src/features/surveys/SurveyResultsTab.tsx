import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResponsesList } from './ResponsesList';
import { SummaryCards } from './SummaryCards';
import { SurveyFilterBar } from './SurveyFilterBar';
import { useSurveySummary } from './surveys-api';
import { useSurveyFilters } from './use-survey-filters';

/**
 * The report: filters (period, agent, team; kept in the URL), the CSAT / NPS / CES / response
 * rate cards for them, and the answers list below.
 */
export function SurveyResultsTab() {
  const { t } = useTranslation();
  const { filters, setFilters, params } = useSurveyFilters();
  const summary = useSurveySummary(params.summary);
  const narrowed = filters.days !== '30' || filters.agent !== null || filters.team !== null;
  return (
    <Stack gap="lg">
      <SurveyFilterBar filters={filters} onChange={setFilters} />
      {summary.isPending && <CenteredLoader label={t('common.loading')} />}
      {summary.isError && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && <SummaryCards summary={summary.data} />}
      <ResponsesList filters={filters} params={params.responses} onChange={setFilters} narrowed={narrowed} />
    </Stack>
  );
}
