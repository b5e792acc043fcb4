import { formatTicketNumber, type BoardCard as BoardCardData } from '@atiende/contracts';
import { Avatar, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { initials } from '../../lib/initials';
import { ActivityIndicatorDot } from '../../ui/ActivityIndicatorDot';
import { PriorityBadge } from '../../ui/PriorityBadge';
import { SlaIndicatorBadge } from '../../ui/SlaIndicatorBadge';

/** Tags shown on a card before the rest collapse into "+N". */
const VISIBLE_TAGS = 2;

/** The assignee's initials with their name in a tooltip, or a grey person icon when unassigned. */
function AssigneeAvatar({ assignee }: { assignee: BoardCardData['assignee'] }) {
  const { t } = useTranslation();
  const label =
    assignee === null ? t('board.card.unassigned') : t('board.card.assignee', { name: assignee.name });
  return (
    <Tooltip label={label}>
      <Avatar size={26} radius="xl" color={assignee === null ? 'gray' : 'teal'} role="img" aria-label={label}>
        {assignee === null ? <IconUser size={14} /> : initials(assignee.name)}
      </Avatar>
    </Tooltip>
  );
}

/**
 * What a board card shows: number, activity light and SLA light, the subject (two lines at most), the
 * requester, priority, the first tags and the assignee. Pure presentation, shared by the card in
 * its column and by the copy that follows the pointer while dragging.
 */
export function BoardCardView({ card }: { card: BoardCardData }) {
  const { t } = useTranslation();
  const hiddenTags = card.tags.length - VISIBLE_TAGS;
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap" pr={28}>
        <Text size="xs" c="dimmed" ff="monospace">
          {formatTicketNumber(card.number)}
        </Text>
        <ActivityIndicatorDot indicator={card.activityIndicator} />
        <SlaIndicatorBadge indicator={card.slaIndicator} dueAt={card.slaDueAt} />
      </Group>
      <Text size="sm" fw={600} lineClamp={2}>
        {card.subject}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {card.requester.name}
      </Text>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
          <span style={{ flexShrink: 0 }}>
            <PriorityBadge priority={card.priority} />
          </span>
          {card.tags.slice(0, VISIBLE_TAGS).map((tag) => (
            <Badge key={tag} size="sm" variant="default" radius="sm" tt="none" maw={90}>
              {tag}
            </Badge>
          ))}
          {hiddenTags > 0 && (
            <Badge
              size="sm"
              variant="transparent"
              color="gray"
              tt="none"
              title={card.tags.slice(VISIBLE_TAGS).join(', ')}
            >
              {t('board.card.moreTags', { n: hiddenTags })}
            </Badge>
          )}
        </Group>
        <AssigneeAvatar assignee={card.assignee} />
      </Group>
    </Stack>
  );
}
