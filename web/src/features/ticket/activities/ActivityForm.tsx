import { ActivityKind, type Activity } from '@atiende/contracts';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session-context';
import { useAgents } from '../../settings/use-directory';
import { defaultDueAt, fromLocalInput, toLocalInput } from './activity-time';

/** What the form produces: the fields of CreateActivityInput / UpdateActivityInput. */
export interface ActivityDraft {
  title: string;
  kind: ActivityKind;
  dueAt: string;
  ownerId: string | null;
}

interface ActivityFormProps {
  /** The activity being edited; a new one starts empty, due tomorrow, owned by me. */
  initial?: Activity;
  submitting: boolean;
  onSubmit: (draft: ActivityDraft) => void;
  onCancel: () => void;
}

/** Title, kind, due date-time and owner of an activity, for adding and editing. */
export function ActivityForm({ initial, submitting, onSubmit, onCancel }: ActivityFormProps) {
  const { t } = useTranslation();
  const { agent: me } = useSession();
  const agents = useAgents().data ?? [];
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState<ActivityKind>(initial?.kind ?? 'task');
  const [due, setDue] = useState(toLocalInput(initial?.dueAt ?? defaultDueAt()));
  const [ownerId, setOwnerId] = useState<string | null>(initial ? (initial.owner?.id ?? null) : me.id);
  const dueAt = fromLocalInput(due);

  const owners = agents
    .filter((agent) => agent.active || agent.id === ownerId)
    .map((agent) => ({ value: agent.id, label: agent.name }));
  if (!owners.some((o) => o.value === me.id)) owners.unshift({ value: me.id, label: me.name });
  if (initial?.owner && !owners.some((o) => o.value === initial.owner?.id)) {
    owners.push({ value: initial.owner.id, label: initial.owner.name });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() !== '' && dueAt !== null) onSubmit({ title: title.trim(), kind, dueAt, ownerId });
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('ticketWork.activities.fields.title')}
          placeholder={t('ticketWork.activities.fields.titlePlaceholder')}
          required
          data-autofocus
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
          }}
        />
        <Select
          label={t('ticketWork.activities.fields.kind')}
          data={ActivityKind.options.map((k) => ({ value: k, label: t(`ticketWork.activities.kinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => {
            const parsed = ActivityKind.safeParse(value);
            if (parsed.success) setKind(parsed.data);
          }}
        />
        <TextInput
          type="datetime-local"
          label={t('ticketWork.activities.fields.dueAt')}
          required
          value={due}
          onChange={(event) => {
            setDue(event.currentTarget.value);
          }}
        />
        <Select
          label={t('ticketWork.activities.fields.owner')}
          placeholder={t('ticketWork.activities.noOwner')}
          data={owners}
          value={ownerId}
          clearable
          searchable
          onChange={setOwnerId}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            size="xs"
            loading={submitting}
            disabled={title.trim() === '' || dueAt === null}
          >
            {t('ticketWork.activities.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
