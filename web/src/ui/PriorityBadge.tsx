import type { TicketPriority } from '@atiende/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PRIORITY_STYLE: Record<
  TicketPriority,
  { color: MantineColor; variant: 'filled' | 'light' | 'outline' }
> = {
  critical: { color: 'red', variant: 'filled' },
  high: { color: 'orange', variant: 'light' },
  normal: { color: 'gray', variant: 'outline' },
  low: { color: 'gray', variant: 'light' },
};

/** The ticket priority as a translated badge; critical and high stand out, normal and low recede. */
export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  const style = PRIORITY_STYLE[priority];
  return (
    <Badge color={style.color} variant={style.variant} radius="sm">
      {t(`priority.${priority}`)}
    </Badge>
  );
}
