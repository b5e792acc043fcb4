import { formatTicketNumber } from '@atiende/contracts';
import { Anchor, Grid, Group, Stack, Tabs } from '@mantine/core';
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
import { ActivitiesPanel } from './activities/ActivitiesPanel';
import { Composer } from './Composer';
import { TicketBanners } from './lifecycle/TicketBanners';
import { TimeInStagePanel } from './lifecycle/TimeInStagePanel';
import { LinksPanel } from './relations/LinksPanel';
import { TicketHeader } from './TicketHeader';
import { TicketHistory } from './TicketHistory';
import { TicketSidePanel } from './TicketSidePanel';
import { TicketThread } from './TicketThread';
import { useTicket } from './use-ticket';

/**
 * One ticket: heading (number, subject, badges, activity light, actions menu), the trashed/closed
 * banner, the conversation (or its history) with the composer, and on the side the editable
 * properties, activities, links and time in stage. Route: /tickets/:ticketId.
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
  const frozen = data.status === 'closed' || data.status === 'trashed';
  const canWrite = can('tickets.write') && !frozen;
  return (
    <Stack gap="md">
      {back}
      <TicketHeader ticket={data} />
      <TicketBanners ticket={data} />
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
                <TicketThread ticket={data} canSplit={canWrite} />
                {canWrite && <Composer ticketId={data.id} />}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <TicketHistory ticketId={data.id} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <TicketSidePanel ticket={data} />
            <ActivitiesPanel ticketId={data.id} readOnly={!canWrite} />
            <LinksPanel ticket={data} readOnly={!canWrite} />
            <TimeInStagePanel ticketId={data.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
