import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { ContactsTable } from '../contacts/ContactsTable';
import { useContactList } from '../contacts/use-contacts';

/** The contacts that belong to a company (GET /api/contacts?companyId=). */
export function CompanyContacts({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const list = useContactList({ companyId });
  if (list.isPending) return <CenteredLoader label={t('common.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const contacts = list.data.pages.flatMap((page) => page.items);
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('companies.noContacts')}
      </Text>
    );
  }
  return (
    <>
      <Paper withBorder radius="md">
        <ContactsTable contacts={contacts} label={t('companies.contacts')} />
      </Paper>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}
