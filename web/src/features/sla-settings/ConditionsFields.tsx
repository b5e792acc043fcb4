import { Channel, TicketPriority, type SlaConditions } from '@atiende/contracts';
import { Input, MultiSelect, SimpleGrid, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../settings/use-directory';
import { activeOnly, useTicketConfig } from '../ticket-config/use-ticket-config';
import { CompanyConditionSelect } from './CompanyConditionSelect';

interface ConditionsFieldsProps {
  value: SlaConditions;
  onChange: (next: SlaConditions) => void;
  error: string | undefined;
}

/** Keeps chosen values visible even when they are no longer offered (archived type, deleted team). */
function withChosen(options: { value: string; label: string }[], chosen: readonly string[]) {
  const missing = chosen.filter((value) => !options.some((option) => option.value === value));
  return [...options, ...missing.map((value) => ({ value, label: value }))];
}

/**
 * Which tickets the policy covers: priorities, types (the workspace's), channels, teams, companies
 * and tags. Each list left empty matches everything; values inside one list are alternatives.
 */
export function ConditionsFields({ value, onChange, error }: ConditionsFieldsProps) {
  const { t } = useTranslation();
  const types = activeOnly(useTicketConfig().data?.types ?? []);
  const teams = useTeams().data ?? [];
  const set = <K extends keyof SlaConditions>(key: K, next: SlaConditions[K]) => {
    onChange({ ...value, [key]: next });
  };
  const any = t('sla.conditions.any');

  return (
    <Input.Wrapper label={t('sla.conditions.title')} description={t('sla.conditions.hint')} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={6}>
        <MultiSelect
          label={t('sla.conditions.priorities')}
          placeholder={value.priorities.length === 0 ? any : undefined}
          data={TicketPriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          value={value.priorities}
          onChange={(next) => {
            set(
              'priorities',
              TicketPriority.options.filter((p) => next.includes(p)),
            );
          }}
          clearable
        />
        <MultiSelect
          label={t('sla.conditions.types')}
          placeholder={value.types.length === 0 ? any : undefined}
          data={withChosen(
            types.map((type) => ({ value: type.key, label: type.name })),
            value.types,
          )}
          value={value.types}
          onChange={(next) => {
            set('types', next);
          }}
          clearable
        />
        <MultiSelect
          label={t('sla.conditions.channels')}
          placeholder={value.channels.length === 0 ? any : undefined}
          data={Channel.options.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          value={value.channels}
          onChange={(next) => {
            set(
              'channels',
              Channel.options.filter((c) => next.includes(c)),
            );
          }}
          clearable
        />
        <MultiSelect
          label={t('sla.conditions.teams')}
          placeholder={value.teamIds.length === 0 ? any : undefined}
          data={withChosen(
            teams.map((team) => ({ value: team.id, label: team.name })),
            value.teamIds,
          )}
          value={value.teamIds}
          onChange={(next) => {
            set('teamIds', next);
          }}
          clearable
          searchable
        />
        <CompanyConditionSelect
          value={value.companyIds}
          onChange={(next) => {
            set('companyIds', next);
          }}
          placeholder={value.companyIds.length === 0 ? any : undefined}
        />
        <TagsInput
          label={t('sla.conditions.tags')}
          placeholder={value.tags.length === 0 ? t('sla.conditions.tagsPlaceholder') : undefined}
          value={value.tags}
          onChange={(next) => {
            set('tags', [...new Set(next.map((tag) => tag.trim().toLowerCase()).filter(Boolean))]);
          }}
          clearable
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={6}>
        {t('sla.conditions.andOr')}
      </Text>
    </Input.Wrapper>
  );
}
