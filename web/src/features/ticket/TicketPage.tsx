import { formatTicketNumber } from '@atiende/contracts';
import { Anchor, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconHistory, IconMessages } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../lib/api/api-error';
import { paths } from '../../lib/paths';
import { useAbilities } from '../../lib/use-abilities';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PriorityBadge } from '../../ui/PriorityBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import { Composer } from './Composer';
import { TicketHistory } from './TicketHistory';
import { TicketSidePanel } from './TicketSidePanel';
import { TicketThread } from './TicketThread';
import { useTicket } from './use-ticket';

/**
 * One ticket: heading with number and subject, the conversation (or its history) with the composer,
 * and the side panel of editable properties. Route: /tickets/:ticketId.
 */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  return <TicketView key={ticketId} ticketId={ticketId} />;
}

function TicketView({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const { can } = useAbilities();
  const [tab, setTab] = useState<string | null>('conversation');
  const ticket = useTicket(ticketId);
  useDocumentTitle(
    ticket.data
      ? `${formatTicketNumber(ticket.data.number)} ${ticket.data.subject} · ${t('app.name')}`
      : t('app.name'),
  );

  const back = (
    <Anchor component={Link} to={paths.inbox} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('ticket.backToInbox')}
      </Group>
    </Anchor>
  );

  if (ticket.isPending) return <CenteredLoader label={t('ticket.loading')} />;
  if (ticket.isError) {
    return (
      <Stack>
        {back}
        {isApiError(ticket.error, 'not_found') || isApiError(ticket.error, 'validation_failed') ? (
          <EmptyState title={t('ticket.notFound')} />
        ) : (
          <ErrorAlert error={ticket.error} onRetry={() => void ticket.refetch()} />
        )}
      </Stack>
    );
  }

  const data = ticket.data;
  return (
    <Stack gap="md">
      {back}
      <div>
        <Title order={1} size="h3">
          <Text span c="dimmed" inherit fw={500}>
            {formatTicketNumber(data.number)}
          </Text>{' '}
          {data.subject}
        </Title>
        <Group gap="xs" mt={6}>
          <StatusBadge status={data.status} />
          <PriorityBadge priority={data.priority} />
          <Text size="sm" c="dimmed">
            {data.requester.name}
            {data.company && ` · ${data.company.name}`}
          </Text>
        </Group>
      </div>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="conversation" leftSection={<IconMessages size={16} />}>
                {t('ticket.tabs.conversation')}
              </Tabs.Tab>
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
                {t('ticket.tabs.history')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="conversation">
              <Stack gap="md">
                <TicketThread ticketId={data.id} />
                {can('tickets.write') && <Composer ticketId={data.id} />}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <TicketHistory ticketId={data.id} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TicketSidePanel ticket={data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
