import { Tag, TicketPriority } from '@atiende/contracts';
import { Button, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '../../lib/use-debounced-search';
import { useAssigneeAndTeamOptions } from '../settings/use-directory';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import { DEFAULT_BOARD_FILTERS, hasActiveBoardFilters, type BoardFilters } from './board-filters';

interface BoardFilterBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => void;
}

type DayField = 'createdFrom' | 'createdTo' | 'dueFrom' | 'dueTo';
const DAY_FIELDS: readonly DayField[] = ['createdFrom', 'createdTo', 'dueFrom', 'dueTo'];

/** Keeps only tags the server accepts (lowercased, letters/digits/_-.), deduplicated. */
function cleanTags(values: string[]): string[] {
  const tags = values.flatMap((value) => {
    const parsed = Tag.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return [...new Set(tags)];
}

/**
 * The board's filters: search (debounced), priority, tags (free input), type, assignee (me /
 * unassigned / any agent), team, and created / activity-due date ranges. Every change goes to the
 * URL, so a filtered board can be shared and survives reloads.
 */
export function BoardFilterBar({ filters, onChange }: BoardFilterBarProps) {
  const { t } = useTranslation();
  const { assigneeOptions, teamOptions } = useAssigneeAndTeamOptions();
  const types = activeOnly(useTicketConfig().data?.types ?? []);
  const [search, setSearch] = useDebouncedSearch(filters.q, (q) => {
    onChange({ q }, { replace: true });
  });

  return (
    <Group
      component="form"
      role="search"
      aria-label={t('board.filters.label')}
      gap="sm"
      align="flex-end"
      wrap="wrap"
      mb="md"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TextInput
        label={t('board.filters.search')}
        placeholder={t('board.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
        }}
        w={240}
      />
      <MultiSelect
        label={t('board.filters.priority')}
        placeholder={filters.priority.length === 0 ? t('board.filters.any') : undefined}
        data={TicketPriority.options.map((priority) => ({
          value: priority,
          label: t(`priority.${priority}`),
        }))}
        value={filters.priority}
        onChange={(values) => {
          onChange({ priority: TicketPriority.options.filter((p) => values.includes(p)) });
        }}
        clearable
        w={200}
      />
      <TagsInput
        label={t('board.filters.tags')}
        placeholder={filters.tags.length === 0 ? t('board.filters.tagsPlaceholder') : undefined}
        value={filters.tags}
        onChange={(values) => {
          onChange({ tags: cleanTags(values) });
        }}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('board.filters.type')}
        placeholder={filters.type.length === 0 ? t('board.filters.any') : undefined}
        data={types.map((type) => ({ value: type.key, label: type.name }))}
        value={filters.type}
        onChange={(values) => {
          onChange({ type: values });
        }}
        clearable
        w={200}
      />
      <Select
        label={t('board.filters.assignee')}
        placeholder={t('board.filters.any')}
        data={assigneeOptions}
        value={filters.assignee}
        onChange={(value) => {
          onChange({ assignee: value });
        }}
        clearable
        searchable
        w={180}
      />
      <Select
        label={t('board.filters.team')}
        placeholder={t('board.filters.any')}
        data={teamOptions}
        value={filters.team}
        onChange={(value) => {
          onChange({ team: value });
        }}
        clearable
        w={160}
      />
      {DAY_FIELDS.map((field) => (
        <TextInput
          key={field}
          type="date"
          label={t(`board.filters.${field}`)}
          value={filters[field]}
          onChange={(event) => {
            onChange({ [field]: event.currentTarget.value });
          }}
          w={170}
        />
      ))}
      {hasActiveBoardFilters(filters) && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => {
            onChange({ ...DEFAULT_BOARD_FILTERS, groupBy: filters.groupBy });
          }}
        >
          {t('board.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
