import { Button, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { useAbilities } from '../../lib/use-abilities';
import { useSearchParam } from '../../lib/use-search-param';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';
import { ContactFormModal } from './ContactFormModal';
import { ContactsTable } from './ContactsTable';
import { useContactList } from './use-contacts';

/** Searchable list of all contacts (search in `?q=`), with "new contact". */
export function ContactsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('contacts.title')} · ${t('app.name')}`);
  const { can } = useAbilities();
  const navigate = useNavigate();
  const [q, setQ] = useSearchParam('q');
  const [creating, setCreating] = useState(false);
  const list = useContactList(q === '' ? {} : { q });
  const contacts = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        actions={
          can('contacts.write') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('contacts.new')}
            </Button>
          )
        }
      />
      <SearchInput
        label={t('contacts.searchLabel')}
        placeholder={t('contacts.searchPlaceholder')}
        value={q}
        onSearch={setQ}
      />
      {list.isPending ? (
        <CenteredLoader label={t('common.loading')} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : contacts.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={26} />}
          title={t('contacts.empty.title')}
          description={t('contacts.empty.body')}
        />
      ) : (
        <>
          <Paper withBorder radius="md">
            <ContactsTable contacts={contacts} label={t('contacts.listLabel')} />
          </Paper>
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
          />
        </>
      )}
      {creating && (
        <ContactFormModal
          opened
          onClose={() => {
            setCreating(false);
          }}
          onSaved={(contact) => void navigate(paths.contact(contact.id))}
        />
      )}
    </>
  );
}
