import { formatTicketNumber, type Ticket, type TicketColumn } from '@atiende/contracts';
import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { ActivityIndicatorDot } from '../../ui/ActivityIndicatorDot';
import { PriorityBadge } from '../../ui/PriorityBadge';
import { RelativeTime } from '../../ui/RelativeTime';
import { SlaIndicatorBadge } from '../../ui/SlaIndicatorBadge';
import { TicketStatusBadge } from './TicketStatusBadge';

/** What a cell needs besides the ticket: translations and type names. */
export interface CellContext {
  t: TFunction;
  typeName: (key: string) => string;
}

const dimmed = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

/**
 * The content of one list cell for every column except `subject` (the row's link, rendered by the
 * row itself). Empty values show a dash, never a blank cell.
 */
export function renderCell(
  column: Exclude<TicketColumn, 'subject'>,
  ticket: Ticket,
  ctx: CellContext,
): ReactNode {
  const { t } = ctx;
  switch (column) {
    case 'number':
      return (
        <Text size="sm" c="dimmed" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatTicketNumber(ticket.number)}
        </Text>
      );
    case 'requester':
      return <Text size="sm">{ticket.requester.name}</Text>;
    case 'company':
      return ticket.company ? <Text size="sm">{ticket.company.name}</Text> : dimmed(t('common.none'));
    case 'status':
      return <TicketStatusBadge ticket={ticket} />;
    case 'priority':
      return <PriorityBadge priority={ticket.priority} />;
    case 'type':
      return ticket.type === null ? (
        dimmed(t('common.none'))
      ) : (
        <Text size="sm">{ctx.typeName(ticket.type)}</Text>
      );
    case 'assignee':
      return ticket.assignee ? (
        <Text size="sm">{ticket.assignee.name}</Text>
      ) : (
        dimmed(t('inbox.row.unassigned'))
      );
    case 'team':
      return ticket.team ? <Text size="sm">{ticket.team.name}</Text> : dimmed(t('common.none'));
    case 'tags':
      return ticket.tags.length === 0 ? (
        dimmed(t('common.none'))
      ) : (
        <Group gap={4}>
          {ticket.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      );
    case 'activity':
      return <ActivityIndicatorDot indicator={ticket.activityIndicator} />;
    case 'sla':
      return <SlaIndicatorBadge indicator={ticket.slaIndicator} dueAt={ticket.slaDueAt} showNone />;
    case 'createdAt':
      return (
        <Text size="sm" c="dimmed">
          <RelativeTime iso={ticket.createdAt} />
        </Text>
      );
    case 'updatedAt':
      return (
        <Text size="sm" c="dimmed">
          <RelativeTime iso={ticket.updatedAt} />
        </Text>
      );
  }
}
