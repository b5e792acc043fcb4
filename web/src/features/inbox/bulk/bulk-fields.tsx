import { Resolution, StatusCategory, TicketPriority, TrashReason, type BulkAction } from '@atiende/contracts';
import { Radio, Select, Stack, TagsInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeOnly, useTicketConfig } from '../../ticket-config/use-ticket-config';
import { useAgents, useTeams } from '../../settings/use-directory';

/** Every bulk form reports the action it would run, or null while it is incomplete. */
export interface BulkFieldsProps {
  onChange: (action: BulkAction | null) => void;
}

/** "Keep" leaves the value alone; "none" clears it. */
const KEEP = null;
const NONE = 'none';

/** Assign: an agent and/or a team (each may be left unchanged or cleared). */
export function AssignFields({ onChange }: BulkFieldsProps) {
  const { t } = useTranslation();
  const agents = useAgents().data ?? [];
  const teams = useTeams().data ?? [];
  const [agent, setAgent] = useState<string | null>(KEEP);
  const [team, setTeam] = useState<string | null>(KEEP);

  const report = (nextAgent: string | null, nextTeam: string | null) => {
    if (nextAgent === KEEP && nextTeam === KEEP) {
      onChange(null);
      return;
    }
    const action: BulkAction = { type: 'assign' };
    if (nextAgent !== KEEP) action.assigneeId = nextAgent === NONE ? null : nextAgent;
    if (nextTeam !== KEEP) action.teamId = nextTeam === NONE ? null : nextTeam;
    onChange(action);
  };

  return (
    <Stack>
      <Select
        label={t('views.bulk.assignee')}
        placeholder={t('views.bulk.keep')}
        data={[
          { value: NONE, label: t('inbox.filters.unassigned') },
          ...agents.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })),
        ]}
        value={agent}
        onChange={(value) => {
          setAgent(value);
          report(value, team);
        }}
        clearable
        searchable
      />
      <Select
        label={t('views.bulk.team')}
        placeholder={t('views.bulk.keep')}
        data={[
          { value: NONE, label: t('inbox.filters.noTeam') },
          ...teams.map((tm) => ({ value: tm.id, label: tm.name })),
        ]}
        value={team}
        onChange={(value) => {
          setTeam(value);
          report(agent, value);
        }}
        clearable
      />
    </Stack>
  );
}

/** Status: a category; solving asks finalized / not finalized and then a reason, like the ticket view. */
export function StatusFields({ onChange }: BulkFieldsProps) {
  const { t } = useTranslation();
  const reasons = activeOnly(useTicketConfig().data?.resolutionReasons ?? []);
  const [status, setStatus] = useState<StatusCategory | null>(null);
  const [resolution, setResolution] = useState<Resolution>('finalized');
  const [reason, setReason] = useState<string | null>(null);

  const report = (s: StatusCategory | null, r: Resolution, reasonId: string | null) => {
    if (s === null) onChange(null);
    else if (s !== 'solved') onChange({ type: 'status', status: s });
    else if (r === 'finalized') onChange({ type: 'status', status: s, resolution: r });
    else if (reasonId === null) onChange(null);
    else onChange({ type: 'status', status: s, resolution: r, resolutionReasonId: reasonId });
  };

  return (
    <Stack>
      <Select
        label={t('views.bulk.status')}
        data={StatusCategory.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={status}
        onChange={(value) => {
          const parsed = StatusCategory.safeParse(value);
          const next = parsed.success ? parsed.data : null;
          setStatus(next);
          report(next, resolution, reason);
        }}
        required
      />
      {status === 'solved' && (
        <Radio.Group
          label={t('views.bulk.resolution')}
          value={resolution}
          onChange={(value) => {
            const parsed = Resolution.safeParse(value);
            if (!parsed.success) return;
            setResolution(parsed.data);
            report(status, parsed.data, reason);
          }}
        >
          <Stack gap="xs" mt="xs">
            {Resolution.options.map((r) => (
              <Radio key={r} value={r} label={t(`views.bulk.resolutions.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {status === 'solved' && resolution === 'not_finalized' && (
        <Select
          label={t('views.bulk.reason')}
          data={reasons.map((r) => ({ value: r.id, label: r.name }))}
          value={reason}
          onChange={(value) => {
            setReason(value);
            report(status, resolution, value);
          }}
          required
        />
      )}
    </Stack>
  );
}

/** Priority: one of the four. */
export function PriorityFields({ onChange }: BulkFieldsProps) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState<TicketPriority | null>(null);
  return (
    <Select
      label={t('views.bulk.priority')}
      data={TicketPriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
      value={priority}
      onChange={(value) => {
        const parsed = TicketPriority.safeParse(value);
        setPriority(parsed.success ? parsed.data : null);
        onChange(parsed.success ? { type: 'priority', priority: parsed.data } : null);
      }}
      required
    />
  );
}

const normalizeTags = (values: string[]) => [
  ...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean)),
];

/** Tags: some to add and/or some to remove. */
export function TagsFields({ onChange }: BulkFieldsProps) {
  const { t } = useTranslation();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const report = (a: string[], r: string[]) => {
    onChange(a.length === 0 && r.length === 0 ? null : { type: 'tags', add: a, remove: r });
  };
  return (
    <Stack>
      <TagsInput
        label={t('views.bulk.addTags')}
        placeholder={t('views.bulk.tagsPlaceholder')}
        value={add}
        onChange={(values) => {
          const next = normalizeTags(values);
          setAdd(next);
          report(next, remove);
        }}
      />
      <TagsInput
        label={t('views.bulk.removeTags')}
        placeholder={t('views.bulk.tagsPlaceholder')}
        value={remove}
        onChange={(values) => {
          const next = normalizeTags(values);
          setRemove(next);
          report(add, next);
        }}
      />
    </Stack>
  );
}

/** Trash: why (spam, duplicate, other). */
export function TrashFields({ onChange }: BulkFieldsProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<TrashReason | null>(null);
  return (
    <Select
      label={t('views.bulk.trashReason')}
      data={TrashReason.options.map((r) => ({ value: r, label: t(`views.bulk.trashReasons.${r}`) }))}
      value={reason}
      onChange={(value) => {
        const parsed = TrashReason.safeParse(value);
        setReason(parsed.success ? parsed.data : null);
        onChange(parsed.success ? { type: 'trash', reason: parsed.data } : null);
      }}
      required
    />
  );
}
