import { Button } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-context';
import { useAbilities } from '../../lib/use-abilities';
import { PageHeader } from '../../ui/PageHeader';
import { InboxFilterBar } from './InboxFilterBar';
import { toTicketListParams } from './inbox-filters';
import { NewTicketModal } from './NewTicketModal';
import { TicketList } from './TicketList';
import { useInboxFilters } from './use-inbox-filters';

/** The inbox: filterable, searchable, live-updating ticket list, and the "new ticket" form. */
export function InboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('inbox.title')} · ${t('app.name')}`);
  const { agent } = useSession();
  const { can } = useAbilities();
  const [filters, setFilters] = useInboxFilters();
  const [newTicketOpened, newTicket] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        actions={
          can('tickets.write') && (
            <Button leftSection={<IconPlus size={16} />} onClick={newTicket.open}>
              {t('inbox.newTicket')}
            </Button>
          )
        }
      />
      <InboxFilterBar filters={filters} onChange={setFilters} />
      <TicketList
        params={toTicketListParams(filters, agent.id)}
        label={t('inbox.listLabel')}
        emptyTitle={t('inbox.empty.title')}
        emptyDescription={t('inbox.empty.body')}
      />
      <NewTicketModal opened={newTicketOpened} onClose={newTicket.close} />
    </>
  );
}
