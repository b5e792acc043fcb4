import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAssigneeAndTeamOptions } from '../settings/use-directory';
import { SURVEY_WINDOWS, type SurveyFilters } from './use-survey-filters';

interface SurveyFilterBarProps {
  filters: SurveyFilters;
  onChange: (patch: Partial<SurveyFilters>) => void;
}

/**
 * The report's period (7 / 30 / 90 days), agent and team filters. The agent and team choices are
 * the inbox's (me + each agent, each team) minus "unassigned" / "no team", which surveys cannot
 * filter on.
 */
export function SurveyFilterBar({ filters, onChange }: SurveyFilterBarProps) {
  const { t } = useTranslation();
  const { assigneeOptions, teamOptions } = useAssigneeAndTeamOptions();
  return (
    <Group
      component="form"
      role="search"
      aria-label={t('surveys.filters.label')}
      gap="sm"
      align="flex-end"
      wrap="wrap"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <SegmentedControl
        aria-label={t('surveys.filters.period')}
        value={filters.days}
        onChange={(value) => {
          const days = SURVEY_WINDOWS.find((w) => w === value);
          if (days) onChange({ days });
        }}
        data={SURVEY_WINDOWS.map((w) => ({
          value: w,
          label: t('surveys.filters.lastDays', { count: Number(w) }),
        }))}
      />
      <Select
        label={t('surveys.filters.agent')}
        placeholder={t('surveys.filters.any')}
        data={assigneeOptions.filter((option) => option.value !== 'none')}
        value={filters.agent}
        onChange={(agent) => {
          onChange({ agent });
        }}
        clearable
        searchable
        w={200}
      />
      <Select
        label={t('surveys.filters.team')}
        placeholder={t('surveys.filters.any')}
        data={teamOptions.filter((option) => option.value !== 'none')}
        value={filters.team}
        onChange={(team) => {
          onChange({ team });
        }}
        clearable
        searchable
        w={200}
      />
    </Group>
  );
}
