import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../lib/paths';
import { useAbilities } from '../../lib/use-abilities';
import { useSearchParam } from '../../lib/use-search-param';
import { CenteredLoader } from '../../ui/CenteredLoader';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';
import { CompanyFormModal } from './CompanyFormModal';
import { useCompanyList } from './use-companies';

/** Searchable list of all companies (search in `?q=`), with "new company". */
export function CompaniesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('companies.title')} · ${t('app.name')}`);
  const { can } = useAbilities();
  const navigate = useNavigate();
  const [q, setQ] = useSearchParam('q');
  const [creating, setCreating] = useState(false);
  const list = useCompanyList(q === '' ? {} : { q });
  const companies = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('companies.title')}
        actions={
          can('companies.write') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('companies.new')}
            </Button>
          )
        }
      />
      <SearchInput
        label={t('companies.searchLabel')}
        placeholder={t('companies.searchPlaceholder')}
        value={q}
        onSearch={setQ}
      />
      {list.isPending ? (
        <CenteredLoader label={t('common.loading')} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : companies.length === 0 ? (
        <EmptyState
          icon={<IconBuilding size={26} />}
          title={t('companies.empty.title')}
          description={t('companies.empty.body')}
        />
      ) : (
        <>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={560}>
              <Table highlightOnHover verticalSpacing="sm" aria-label={t('companies.listLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('companies.fields.name')}</Table.Th>
                    <Table.Th>{t('companies.fields.domain')}</Table.Th>
                    <Table.Th ta="right">{t('companies.fields.contacts')}</Table.Th>
                    <Table.Th ta="right">{t('companies.fields.openTickets')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {companies.map((company) => (
                    <Table.Tr key={company.id}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.company(company.id)} fw={500} size="sm">
                          {company.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={company.domain === null ? 'dimmed' : undefined}>
                          {company.domain ?? t('companies.noDomain')}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{company.contactCount}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{company.openTicketCount}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
          />
        </>
      )}
      {creating && (
        <CompanyFormModal
          opened
          onClose={() => {
            setCreating(false);
          }}
          onSaved={(company) => void navigate(paths.company(company.id))}
        />
      )}
    </>
  );
}
