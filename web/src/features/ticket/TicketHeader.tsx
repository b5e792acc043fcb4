import { formatTicketNumber, type Ticket } from '@atiende/contracts';
import { Badge, Group, Text, Title } from '@mantine/core';
import { ActivityIndicatorDot } from '../../ui/ActivityIndicatorDot';
import { PriorityBadge } from '../../ui/PriorityBadge';
import { SlaIndicatorBadge } from '../../ui/SlaIndicatorBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import { PresenceIndicator } from './presence/PresenceIndicator';
import { TicketActionsMenu } from './TicketActionsMenu';

/**
 * The ticket's heading: number and subject, status (with the custom status name when set), priority,
 * the activity light, the SLA light (time left or overdue), requester and company; on the right, who else has the ticket open (presence)
 * and the actions menu.
 */
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Title order={1} size="h3">
          <Text span c="dimmed" inherit fw={500}>
            {formatTicketNumber(ticket.number)}
          </Text>{' '}
          {ticket.subject}
        </Title>
        <Group gap="xs" mt={6}>
          <StatusBadge status={ticket.status} />
          {ticket.customStatus && (
            <Badge variant="outline" color="gray" radius="sm" data-testid="custom-status">
              {ticket.customStatus.name}
            </Badge>
          )}
          <PriorityBadge priority={ticket.priority} />
          <ActivityIndicatorDot indicator={ticket.activityIndicator} />
          <SlaIndicatorBadge indicator={ticket.slaIndicator} dueAt={ticket.slaDueAt} />
          <Text size="sm" c="dimmed">
            {ticket.requester.name}
            {ticket.company && ` · ${ticket.company.name}`}
          </Text>
        </Group>
      </div>
      <Group gap="xs" wrap="nowrap">
        <PresenceIndicator ticketId={ticket.id} />
        <TicketActionsMenu ticket={ticket} />
      </Group>
    </Group>
  );
}
