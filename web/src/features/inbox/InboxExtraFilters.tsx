import { ActivityIndicator } from '@atiende/contracts';
import { Grid, MultiSelect, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import type { InboxFilters } from './inbox-filters';
import { useTypeName } from './use-type-names';

interface InboxExtraFiltersProps {
  filters: InboxFilters;
  onChange: (patch: Partial<InboxFilters>) => void;
}

/** Options for the picked values plus the active ones, so an archived entry in a view stays visible. */
function withSelected<T extends { value: string }>(
  options: T[],
  selected: string[],
  label: (v: string) => string,
) {
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return [...options, ...missing.map((value) => ({ value, label: label(value) }))];
}

/**
 * The issue-3 filters of the inbox: ticket type (the workspace's types), custom status, tags,
 * activity light and a creation date range (calendar days, inclusive).
 */
export function InboxExtraFilters({ filters, onChange }: InboxExtraFiltersProps) {
  const { t } = useTranslation();
  const config = useTicketConfig().data;
  const typeName = useTypeName();
  const types = withSelected(
    activeOnly(config?.types ?? []).map((type) => ({ value: type.key, label: type.name })),
    filters.type,
    typeName,
  );
  const statuses = withSelected(
    activeOnly(config?.statuses ?? []).map((status) => ({
      value: status.id,
      label: `${status.name} (${t(`status.${status.category}`)})`,
    })),
    filters.customStatusId,
    (id) => config?.statuses.find((status) => status.id === id)?.name ?? id,
  );

  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <MultiSelect
          label={t('views.filters.type')}
          placeholder={filters.type.length === 0 ? t('views.filters.typePlaceholder') : undefined}
          data={types}
          value={filters.type}
          onChange={(type) => {
            onChange({ type });
          }}
          clearable
          size="sm"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <MultiSelect
          label={t('views.filters.customStatus')}
          placeholder={
            filters.customStatusId.length === 0 ? t('views.filters.customStatusPlaceholder') : undefined
          }
          data={statuses}
          value={filters.customStatusId}
          onChange={(customStatusId) => {
            onChange({ customStatusId });
          }}
          clearable
          size="sm"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <TagsInput
          label={t('views.filters.tags')}
          placeholder={filters.tags.length === 0 ? t('views.filters.tagsPlaceholder') : undefined}
          value={filters.tags}
          onChange={(values) => {
            onChange({ tags: [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))] });
          }}
          clearable
          size="sm"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
        <MultiSelect
          label={t('views.filters.activity')}
          placeholder={filters.activity.length === 0 ? t('views.filters.activityPlaceholder') : undefined}
          data={ActivityIndicator.options.map((value) => ({ value, label: t(`views.activity.${value}`) }))}
          value={filters.activity}
          onChange={(values) => {
            onChange({ activity: ActivityIndicator.options.filter((a) => values.includes(a)) });
          }}
          clearable
          size="sm"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
        <TextInput
          type="date"
          label={t('views.filters.createdFrom')}
          value={filters.createdFrom ?? ''}
          max={filters.createdTo ?? undefined}
          onChange={(event) => {
            onChange({ createdFrom: event.currentTarget.value || null });
          }}
          size="sm"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
        <TextInput
          type="date"
          label={t('views.filters.createdTo')}
          value={filters.createdTo ?? ''}
          min={filters.createdFrom ?? undefined}
          onChange={(event) => {
            onChange({ createdTo: event.currentTarget.value || null });
          }}
          size="sm"
        />
      </Grid.Col>
    </Grid>
  );
}
