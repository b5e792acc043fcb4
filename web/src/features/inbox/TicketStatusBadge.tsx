import type { Ticket } from '@atiende/contracts';
import { Badge } from '@mantine/core';
import { STATUS_COLORS, StatusBadge } from '../../ui/StatusBadge';

/**
 * A ticket's status as lists show it: the admin-defined status name when one is set (in its
 * category's colour, the category in the tooltip), otherwise the translated category.
 */
export function TicketStatusBadge({ ticket }: { ticket: Pick<Ticket, 'status' | 'customStatus'> }) {
  if (ticket.customStatus === null) return <StatusBadge status={ticket.status} />;
  return (
    <Badge color={STATUS_COLORS[ticket.status]} variant="light" radius="sm" data-status={ticket.status}>
      {ticket.customStatus.name}
    </Badge>
  );
}
