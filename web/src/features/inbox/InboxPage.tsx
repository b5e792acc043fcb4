import { Button, Group } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session-context';
import { useAbilities } from '../../lib/use-abilities';
import { PageHeader } from '../../ui/PageHeader';
import { InboxViewBar } from '../views/InboxViewBar';
import { useApplyView } from '../views/use-apply-view';
import { useSavedViews } from '../views/use-saved-views';
import { BulkBar } from './bulk/BulkBar';
import { ColumnPicker } from './ColumnPicker';
import { InboxFilterBar } from './InboxFilterBar';
import { isTrashView, toTicketListParams } from './inbox-filters';
import { InboxResults } from './InboxResults';
import { NewTicketModal } from './NewTicketModal';
import { useInboxColumns, useInboxFilters, useInboxViewId } from './use-inbox-filters';
import { useInboxShortcuts } from './use-inbox-shortcuts';
import { useTicketList } from './use-ticket-queries';
import { useTicketSelection } from './use-ticket-selection';

/**
 * The inbox: filterable, searchable, live-updating ticket list with the columns of the open saved
 * view, bulk actions on checked tickets, keyboard shortcuts, the trash, and the "new ticket" form.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const { agent } = useSession();
  const { can } = useAbilities();
  const [filters, setFilters] = useInboxFilters();
  const [columns, setColumns] = useInboxColumns();
  const viewId = useInboxViewId();
  const view = useSavedViews().data?.find((saved) => saved.id === viewId);
  useApplyView(view, agent.id);
  const [newTicketOpened, newTicket] = useDisclosure(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const trash = isTrashView(filters);
  useDocumentTitle(`${view?.name ?? t(trash ? 'views.trashTitle' : 'inbox.title')} · ${t('app.name')}`);

  const params = useMemo(() => toTicketListParams(filters, agent.id), [filters, agent.id]);
  const list = useTicketList(params);
  const tickets = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const selection = useTicketSelection(JSON.stringify(params), tickets);
  const canBulk = can('tickets.manage');
  const focusedIndex = useInboxShortcuts({
    tickets,
    selection: canBulk ? selection : null,
    searchRef,
    onNewTicket: can('tickets.write') ? newTicket.open : null,
  });

  return (
    <>
      <PageHeader
        title={t(trash ? 'views.trashTitle' : 'inbox.title')}
        actions={
          <Group gap="xs">
            {trash ? (
              <Button
                component={Link}
                to={paths.inbox}
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
              >
                {t('views.backToInbox')}
              </Button>
            ) : (
              <Button
                component={Link}
                to={`${paths.inbox}?status=trashed`}
                variant="default"
                leftSection={<IconTrash size={16} />}
              >
                {t('views.trash')}
              </Button>
            )}
            <ColumnPicker columns={columns} onChange={setColumns} />
            {can('tickets.write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={newTicket.open}>
                {t('inbox.newTicket')}
              </Button>
            )}
          </Group>
        }
      />
      <InboxViewBar view={view} filters={filters} columns={columns} />
      <InboxFilterBar filters={filters} onChange={setFilters} searchRef={searchRef} />
      {canBulk && <BulkBar selection={selection} params={params} />}
      <InboxResults
        list={list}
        tickets={tickets}
        columns={columns}
        selection={canBulk ? selection : null}
        focusedIndex={focusedIndex}
        emptyTitle={t('inbox.empty.title')}
        emptyDescription={trash ? t('views.trashHint') : t('inbox.empty.body')}
      />
      <NewTicketModal opened={newTicketOpened} onClose={newTicket.close} />
    </>
  );
}
