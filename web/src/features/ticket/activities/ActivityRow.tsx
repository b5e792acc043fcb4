import type { Activity, ActivityKind } from '@atiende/contracts';
import { ActionIcon, Checkbox, Group, Stack, Text } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconPencil,
  IconPhone,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n/dates';
import { isDueSoon, relativeDue } from './activity-time';

const KIND_ICONS: Record<ActivityKind, Icon> = {
  call: IconPhone,
  email: IconMail,
  meeting: IconCalendarEvent,
  task: IconChecklist,
};

interface ActivityRowProps {
  activity: Activity;
  disabled: boolean;
  onToggleDone: (done: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/**
 * One activity: a done checkbox, kind icon, title, due time (relative, with the exact date beside it;
 * red when overdue or due within the hour) and owner, plus edit and delete buttons.
 */
export function ActivityRow({ activity, disabled, onToggleDone, onEdit, onDelete }: ActivityRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const done = activity.doneAt !== null;
  const late = !done && isDueSoon(activity.dueAt);
  const KindIcon = KIND_ICONS[activity.kind];
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid="activity-row"
      data-late={late || undefined}
      component="li"
    >
      <Checkbox
        mt={2}
        checked={done}
        disabled={disabled}
        aria-label={t('ticketWork.activities.markDone', { title: activity.title })}
        onChange={(event) => {
          onToggleDone(event.currentTarget.checked);
        }}
      />
      <KindIcon size={16} aria-label={t(`ticketWork.activities.kinds.${activity.kind}`)} role="img" />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
          {activity.title}
        </Text>
        <Text size="xs" c={late ? 'red' : 'dimmed'} fw={late ? 600 : undefined}>
          {late && `${t('ticketWork.activities.overdue')} · `}
          <time dateTime={activity.dueAt}>
            {t('ticketWork.activities.dueIn', { relative: relativeDue(activity.dueAt, language) })} (
            {formatDateTime(activity.dueAt, language)})
          </time>
        </Text>
        <Text size="xs" c="dimmed">
          {activity.owner?.name ?? t('ticketWork.activities.noOwner')}
        </Text>
      </Stack>
      {!disabled && (
        <Group gap={0} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('ticketWork.activities.editNamed', { title: activity.title })}
            onClick={onEdit}
          >
            <IconPencil size={14} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={t('ticketWork.activities.remove', { title: activity.title })}
            onClick={onDelete}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      )}
    </Group>
  );
}
