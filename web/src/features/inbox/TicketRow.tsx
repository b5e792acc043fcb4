import { formatTicketNumber, type Ticket } from '@atiende/contracts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { ActivityIndicatorDot } from '../../ui/ActivityIndicatorDot';
import { PriorityBadge } from '../../ui/PriorityBadge';
import { RelativeTime } from '../../ui/RelativeTime';
import { SlaIndicatorBadge } from '../../ui/SlaIndicatorBadge';
import classes from './TicketRow.module.css';
import { TicketStatusBadge } from './TicketStatusBadge';

/**
 * One ticket in a list: the whole row is a link to the ticket (its accessible name starts with the
 * number and subject), showing requester, company, status (the custom status name when set),
 * priority, the activity light, the SLA light with its countdown, assignee, team and last update.
 */
export function TicketRow({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
    <Link to={paths.ticket(ticket.id)} className={classes.row} data-testid="ticket-row">
      <Text className={classes.number} c="dimmed" size="sm" fw={500}>
        {formatTicketNumber(ticket.number)}
      </Text>
      <Text className={classes.main} fw={600} truncate="end">
        {ticket.subject}
      </Text>
      <Text className={classes.people} size="sm" c="dimmed" truncate="end">
        {ticket.requester.name}
        {ticket.company && ` · ${ticket.company.name}`}
      </Text>
      <div className={classes.meta}>
        <Group gap={6} wrap="nowrap">
          <ActivityIndicatorDot indicator={ticket.activityIndicator} />
          <TicketStatusBadge ticket={ticket} />
          <PriorityBadge priority={ticket.priority} />
          <SlaIndicatorBadge indicator={ticket.slaIndicator} dueAt={ticket.slaDueAt} />
        </Group>
        <Text size="xs" c="dimmed">
          {ticket.assignee?.name ?? t('inbox.row.unassigned')}
          {ticket.team && ` · ${ticket.team.name}`}
          {' · '}
          <RelativeTime iso={ticket.updatedAt} />
        </Text>
      </div>
    </Link>
  );
}
