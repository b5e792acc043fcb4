import { SlaIndicator, TicketPriority, TicketSort, TicketStatus } from '@atiende/contracts';
import { Button, Grid, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { IconArrowsSort, IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '../../lib/use-debounced-search';
import { useAssigneeAndTeamOptions } from '../settings/use-directory';
import { DEFAULT_INBOX_FILTERS, hasActiveFilters, type InboxFilters } from './inbox-filters';
import { InboxExtraFilters } from './InboxExtraFilters';

interface InboxFilterBarProps {
  filters: InboxFilters;
  onChange: (patch: Partial<InboxFilters>, options?: { replace?: boolean }) => void;
  /** The search box, focused by the `/` shortcut. */
  searchRef?: Ref<HTMLInputElement>;
}

/**
 * Search box (debounced) and filters for the inbox: status and priority multi-selects, assignee
 * (me / unassigned / any agent), team (none / any team), SLA light, sort, and the lifecycle filters
 * (type, custom status, tags, activity light, creation dates). Every change goes to the URL.
 */
export function InboxFilterBar({ filters, onChange, searchRef }: InboxFilterBarProps) {
  const { t } = useTranslation();
  const { assigneeOptions, teamOptions } = useAssigneeAndTeamOptions();
  const [search, setSearch] = useDebouncedSearch(filters.q, (q) => {
    onChange({ q }, { replace: true });
  });

  return (
    <Stack gap="sm" mb="md">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          ref={searchRef}
          aria-label={t('inbox.searchLabel')}
          placeholder={t('inbox.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          aria-label={t('inbox.filters.sort')}
          leftSection={<IconArrowsSort size={16} />}
          data={TicketSort.options.map((sort) => ({ value: sort, label: t(`inbox.sort.${sort}`) }))}
          value={filters.sort}
          onChange={(value) => {
            const sort = TicketSort.safeParse(value);
            onChange({ sort: sort.success ? sort.data : DEFAULT_INBOX_FILTERS.sort });
          }}
          allowDeselect={false}
          w={280}
          maw="100%"
        />
      </Group>
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, sm: 6, lg: 4 }}>
          <MultiSelect
            label={t('inbox.filters.status')}
            placeholder={filters.status.length === 0 ? t('inbox.filters.statusPlaceholder') : undefined}
            data={TicketStatus.options.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={filters.status}
            onChange={(values) => {
              onChange({ status: TicketStatus.options.filter((s) => values.includes(s)) });
            }}
            clearable
            size="sm"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <MultiSelect
            label={t('inbox.filters.priority')}
            placeholder={filters.priority.length === 0 ? t('inbox.filters.priorityPlaceholder') : undefined}
            data={TicketPriority.options.map((priority) => ({
              value: priority,
              label: t(`priority.${priority}`),
            }))}
            value={filters.priority}
            onChange={(values) => {
              onChange({ priority: TicketPriority.options.filter((p) => values.includes(p)) });
            }}
            clearable
            size="sm"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <Select
            label={t('inbox.filters.assignee')}
            placeholder={t('inbox.filters.any')}
            data={assigneeOptions}
            value={filters.assignee}
            onChange={(value) => {
              onChange({ assignee: value });
            }}
            clearable
            searchable
            size="sm"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <Select
            label={t('inbox.filters.team')}
            placeholder={t('inbox.filters.any')}
            data={teamOptions}
            value={filters.team}
            onChange={(value) => {
              onChange({ team: value });
            }}
            clearable
            size="sm"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
          <MultiSelect
            label={t('sla.filter.label')}
            placeholder={filters.sla.length === 0 ? t('sla.filter.placeholder') : undefined}
            data={SlaIndicator.options.map((value) => ({ value, label: t(`sla.indicator.${value}`) }))}
            value={filters.sla}
            onChange={(values) => {
              onChange({ sla: SlaIndicator.options.filter((s) => values.includes(s)) });
            }}
            clearable
            size="sm"
          />
        </Grid.Col>
      </Grid>
      <InboxExtraFilters filters={filters} onChange={onChange} />
      {hasActiveFilters(filters) && (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => {
              onChange(DEFAULT_INBOX_FILTERS);
            }}
          >
            {t('inbox.clearFilters')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
