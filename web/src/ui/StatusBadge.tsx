import type { TicketStatus } from '@atiende/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One colour per lifecycle state, shared by every list and the ticket view. */
export const STATUS_COLORS: Record<TicketStatus, MantineColor> = {
  new: 'yellow',
  open: 'red',
  pending: 'blue',
  on_hold: 'grape',
  solved: 'green',
  closed: 'gray',
  trashed: 'dark',
};

/** The ticket status as a coloured, translated badge. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
